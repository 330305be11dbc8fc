import type { ApolloServer } from "@apollo/server";
import { execute, parse } from "graphql";
import type { DataSource } from "typeorm";
import type { TypedDocumentString } from "../../app/gql/graphql";
import { createApolloServer } from "../../server/apollo";
import { buildContext, type Context } from "../../server/context";
import { appSchema } from "../../server/schema";

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string>; reason?: string };
}
export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: GqlError[];
}

let server: ApolloServer<Context> | undefined;

/**
 * Executes an operation through the real Apollo server (validation, limits, error
 * formatting) as `userId` (null = anonymous), against the test database. The operation is
 * its text, or a page's own document (app/lib/graphql-document.ts), so a test asks exactly
 * what the page asks.
 */
export async function gql<T = Record<string, any>>(
  ds: DataSource,
  query: string | TypedDocumentString<T, any>,
  variables: Record<string, unknown> = {},
  userId: string | null = null,
  ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
): Promise<GqlResult<T>> {
  if (!server) {
    server = createApolloServer();
    await server.start();
  }
  const res = await server.executeOperation(
    { query: query.toString(), variables },
    { contextValue: await buildContext({ db: ds, userId, ip }) },
  );
  if (res.body.kind !== "single") throw new Error("unexpected incremental result");
  return res.body.singleResult as GqlResult<T>;
}

/** The `extensions.code` of the first error, or undefined when the operation succeeded. */
export function errorCode(r: GqlResult): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}

/** Data of a successful operation; fails the test with the errors otherwise. */
export function ok<T>(r: GqlResult<T>): T {
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
  return r.data as T;
}

/**
 * A page or route handler reaches the server only through the bridge (`app/lib/server.ts`);
 * in a test its `execute` runs the operation in-process against the test database.
 */
export function useTestBridge(ds: DataSource): void {
  (globalThis as Record<string, unknown>).__pestorBridge = {
    clientAddress: () => "127.0.0.1",
    execute: async (source: string, variables: Record<string, unknown>, userId: string | null, ip: string) =>
      execute({ schema: appSchema(), document: parse(source), variableValues: variables, contextValue: await buildContext({ db: ds, userId, ip }) }),
  };
}
