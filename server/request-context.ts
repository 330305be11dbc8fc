import { AsyncLocalStorage } from "node:async_hooks";

/*
 * The request being served, for log lines written anywhere below it (pino's mixin in
 * server/logger.ts). On globalThis: the logger and the HTTP hook may be loaded by
 * different bundles of one process.
 */
export interface RequestContext {
  requestId: string;
}

const g = globalThis as { __pestorRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext: AsyncLocalStorage<RequestContext> = (g.__pestorRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** A request id from a proxy is kept when it looks like one (nginx's $request_id, a UUID). */
export const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
