import { ApolloServer, HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { config } from "./config";
import type { SessionClaims } from "./auth/session";
import { buildContext, type Context } from "./context";
import { readFromReplica, withReadRoute } from "./db-replica";
import { formatError } from "./errors";
import { logger } from "./logger";
import { metrics, operationLabel } from "./metrics";
import { appSchema } from "./schema";

/** Tokens in one document: checked by graphql's own parser (see parseOptions below). */
export const MAX_TOKENS = 3000;

/**
 * Limits on what one request may ask for; page sizes are capped by each query too.
 * Every refusal here is the client's fault and must be a 400: armor's validation rules
 * report through the validation phase (400); its token limit ran as a plugin that threw
 * from the parsing hook, which Apollo answers with 500 (also for any syntax error), so the
 * token limit is graphql's own `maxTokens` parse option instead.
 */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 20 },
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 20000 },
  blockFieldSuggestion: { enabled: process.env.NODE_ENV === "production" },
});

export function createApolloServer(): ApolloServer<Context> {
  const production = config().NODE_ENV === "production";
  const protections = armor.protect();
  return new ApolloServer<Context>({
    schema: appSchema(),
    introspection: !production,
    // Refuses requests a browser could send cross-site without a preflight (text/plain, forms).
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    parseOptions: { maxTokens: MAX_TOKENS },
    // No field sets a cache hint (responses are per person); the cache-control plugin
    // Apollo installs by default would still wrap every field's resolver (~2 % of a list's CPU).
    plugins: [...protections.plugins, ApolloServerPluginCacheControlDisabled(), anonymousQueriesReadFromReplica],
    validationRules: protections.validationRules,
    formatError: (formatted, error) => formatError(formatted, error, { production }),
    logger: {
      debug: () => {},
      info: () => {},
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
}

/**
 * Read replicas serve anonymous queries only: a mutation, and anything a signed-in person
 * asks, reads from the primary — so a person always reads back their own writes (see
 * server/db-replica.ts). The session itself was checked on the primary, before this.
 */
const anonymousQueriesReadFromReplica: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === "query" && !contextValue.user) readFromReplica();
      },
    };
  },
};

type Holder = { __pestorApollo?: Promise<ApolloServer<Context>> };

export function apolloServer(): Promise<ApolloServer<Context>> {
  const g = globalThis as Holder;
  if (!g.__pestorApollo) {
    const server = createApolloServer();
    g.__pestorApollo = server.start().then(() => server);
  }
  return g.__pestorApollo;
}

export interface GraphQLHttpRequest {
  method: string;
  headers: Headers;
  search: string;
  body: unknown;
  /** The claims of the session cookie (null = none); checked against the account's session version. */
  session: SessionClaims | null;
  ip: string;
}

/** Runs one HTTP GraphQL request through Apollo with our context; framework-neutral. */
export async function handleGraphQL(db: DataSource, req: GraphQLHttpRequest) {
  const server = await apolloServer();
  const headers = new HeaderMap();
  req.headers.forEach((v, k) => headers.set(k, v));
  const requestId = req.headers.get("x-request-id") ?? randomUUID();
  const started = performance.now();
  let context: Context | undefined;
  const res = await withReadRoute(() =>
    server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: req.search, body: req.body },
      context: async () => (context = await buildContext({ db, session: req.session, requestId, ip: req.ip })),
    }),
  );
  let body = "";
  if (res.body.kind === "complete") body = res.body.string;
  else for await (const chunk of res.body.asyncIterator) body += chunk;
  const operation = operationLabel(
    req.body && typeof req.body === "object" ? (req.body as { operationName?: unknown }).operationName : new URLSearchParams(req.search).get("operationName"),
  );
  const seconds = (performance.now() - started) / 1000;
  metrics().graphql.observe({ operation, status: String(res.status ?? 200) }, seconds);
  logger.info(
    { requestId, operation, userId: context?.user?.id ?? null, status: res.status ?? 200, ms: Math.round(seconds * 1000) },
    "graphql",
  );
  const outHeaders = new Headers();
  res.headers.forEach((v, k) => outHeaders.set(k, v));
  outHeaders.set("x-request-id", requestId);
  return { status: res.status ?? 200, headers: outHeaders, body, keepSession: context?.keepSession.sessionVersion === undefined ? undefined : { sessionVersion: context.keepSession.sessionVersion } };
}
