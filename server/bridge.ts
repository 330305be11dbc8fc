import "reflect-metadata";
import type { AuthOptions } from "next-auth";
import { execute, parse, type DocumentNode, type ExecutionResult } from "graphql";
import { handleGraphQL, type GraphQLHttpRequest } from "./apollo";
import { serveGraphQLHttp, type GraphQLHttpInput, type GraphQLHttpOutput } from "./http-graphql";
import { authOptions } from "./auth/options";
import { clientAddress, installPeerAddress } from "./client-address";
import { buildContext } from "./context";
import { getDataSource } from "./db";
import { readFromReplica, withReadRoute } from "./db-replica";
import { appSchema } from "./schema";
import { config } from "./config";
import { allow } from "./rate-limit";
import { shareRateLimitsThroughRedis } from "./rate-limit-redis";
import { startWorker } from "./worker";
import { bearerMatches, metrics, serveMetrics } from "./metrics";
import { readiness, type Readiness } from "./readiness";
import { installHttpObserver } from "./http-observe";
import { exportAccount, type AccountExport } from "./modules/users/account-export.service";
import { demandsReleasePackage, releasePackageCsv } from "./modules/marketplace/demands.open-data";

/**
 * The one door from Next.js into the server code.
 *
 * Next bundles every route separately, so a module imported by two routes exists twice —
 * fatal for decorator metadata (TypeORM and TypeGraphQL key it by class). The server code
 * is therefore loaded once, by instrumentation.ts, and routes and pages reach it only
 * through this object on globalThis (app/lib/server.ts), importing nothing but its type.
 */
export interface ServerBridge {
  /** /api/graphql over HTTP: session cookie, capped body, Apollo (Next's route and the production server's fast path). */
  serveGraphQL(input: GraphQLHttpInput): Promise<GraphQLHttpOutput>;
  /** One GraphQL request with its session claims already read. */
  handleGraphQL(
    req: GraphQLHttpRequest,
  ): Promise<{ status: number; headers: Headers; body: string; keepSession?: { sessionVersion: number } }>;
  /** In-process execution for server components, as `userId`. */
  execute(source: string, variables: Record<string, unknown> | undefined, userId: string | null, ip: string): Promise<ExecutionResult>;
  authOptions(): AuthOptions;
  /** true when the database answers within 2 s. */
  health(): Promise<boolean>;
  /** Database answers and no migration is pending (GET /api/health/ready). */
  readiness(): Promise<Readiness>;
  /** The Prometheus text for GET /api/metrics: null when METRICS_TOKEN is unset or `authorization` does not carry it. */
  metricsText(authorization: string | null): Promise<{ contentType: string; body: string } | null>;
  /** The client's address for rate limits (see server/client-address.ts and TRUSTED_PROXIES). */
  clientAddress(headers: Headers): string;
  /** Counts one upload of `userId`; false once their budget is spent (see server/rate-limit.ts). */
  allowUpload(userId: string): Promise<boolean>;
  /** Everything held about this account (GET /account/export.json); null when it does not exist. */
  exportAccount(userId: string): Promise<AccountExport | null>;
  /** The demands as open data (GET /marketplace/demands/ocds.json and ocds.csv): public, sealed offers left out. */
  demandsOpenData(format: "json" | "csv"): Promise<string>;
}

const parsed = new Map<string, DocumentNode>();

export function createBridge(): ServerBridge {
  return {
    async serveGraphQL(input) {
      return serveGraphQLHttp(await getDataSource(), input);
    },
    async handleGraphQL(req) {
      return handleGraphQL(await getDataSource(), req);
    },
    async execute(source, variables, userId, ip) {
      let document = parsed.get(source);
      if (!document) {
        document = parse(source);
        parsed.set(source, document);
      }
      const doc = document;
      const db = await getDataSource();
      return withReadRoute(async () => {
        const contextValue = await buildContext({ db, userId, ip });
        // A page rendered for nobody signed in reads from a replica (see server/db-replica.ts).
        const onlyQueries = doc.definitions.every((d) => d.kind !== "OperationDefinition" || d.operation === "query");
        if (!contextValue.user && onlyQueries) readFromReplica();
        return execute({ schema: appSchema(), document: doc, variableValues: variables, contextValue });
      });
    },
    authOptions,
    readiness: () => readiness(getDataSource),
    async metricsText(authorization) {
      const token = config().METRICS_TOKEN;
      if (!token || !bearerMatches(authorization, token)) return null;
      const { registry } = metrics();
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
    clientAddress: (headers) => clientAddress(headers, config().TRUSTED_PROXIES),
    allowUpload: (userId) => allow("upload", userId),
    exportAccount: async (userId) => exportAccount(await getDataSource(), userId),
    async demandsOpenData(format) {
      const pkg = await demandsReleasePackage(await getDataSource());
      return format === "csv" ? releasePackageCsv(pkg) : JSON.stringify(pkg, null, 2);
    },
    async health() {
      try {
        const db = await getDataSource();
        await Promise.race([
          db.query("SELECT 1"),
          new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
        ]);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Called once per server process by instrumentation.ts. */
export function installBridge(): void {
  const g = globalThis as { __pestorBridge?: ServerBridge; __pestorWorker?: () => void; __pestorRedis?: unknown };
  installPeerAddress(config().TRUSTED_PROXIES);
  installHttpObserver();
  const redisUrl = config().REDIS_URL;
  if (redisUrl && !g.__pestorRedis) g.__pestorRedis = shareRateLimitsThroughRedis(redisUrl);
  g.__pestorBridge ??= createBridge();
  const m = metrics();
  m.dataSource ??= getDataSource;
  const { METRICS_PORT, METRICS_HOST, METRICS_TOKEN } = config();
  const gm = globalThis as { __pestorMetricsServer?: unknown };
  if (METRICS_PORT && !gm.__pestorMetricsServer) gm.__pestorMetricsServer = serveMetrics(METRICS_PORT, METRICS_HOST, METRICS_TOKEN);
  g.__pestorWorker ??= startWorker();
}
