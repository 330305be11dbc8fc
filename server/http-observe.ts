import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import http from "node:http";
import path from "node:path";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { REQUEST_ID, requestContext } from "./request-context";

/*
 * Every HTTP request of this process, pages and route handlers as well as the API: gets a
 * request id (the proxy's X-Request-Id when it sent one, else a new one) that is on the
 * request for the handlers, on the response, and on every log line written meanwhile; and
 * is counted and timed per route pattern (`/premises/[id]`, never the raw path: that
 * would make a metric per premises). Hooked in where Node hands a request to the server
 * (as server/client-address.ts does), so it works with `next start` and `next dev` alike.
 */

interface Route {
  pattern: string;
  regex: RegExp;
  handler: boolean;
}

let routes: Route[] | null = null;
/** Forgets the routes read (a test that writes its own manifest). */
export const forgetRoutes = () => void (routes = null);
function loadRoutes(): Route[] {
  if (routes) return routes;
  const dist = path.resolve(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
  try {
    const manifest = JSON.parse(readFileSync(path.join(dist, "routes-manifest.json"), "utf8")) as {
      staticRoutes?: { page: string; regex: string }[];
      dynamicRoutes?: { page: string; regex: string }[];
    };
    let handlers = new Set<string>();
    try {
      const appPaths = JSON.parse(readFileSync(path.join(dist, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
      handlers = new Set(Object.entries(appPaths).filter(([k]) => k.endsWith("/route")).map(([, v]) => v));
    } catch {
      /* no app routes manifest: every match counts as a page */
    }
    routes = [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].map((r) => ({
      pattern: r.page,
      regex: new RegExp(r.regex),
      handler: handlers.has(r.page),
    }));
  } catch {
    // Development before the first build of a page: labelled `other` until the next start.
    return [];
  }
  return routes;
}

/** The kind and route pattern of a path, for metric labels (bounded: unknown paths are `other`). */
export function classify(url: string | undefined): { kind: "static" | "api" | "page" | "route"; route: string } {
  const p = (url ?? "/").split("?")[0];
  if (p.startsWith("/_next/")) return { kind: "static", route: "/_next" };
  for (const r of loadRoutes()) {
    if (r.regex.test(p)) {
      const kind = r.pattern.startsWith("/api/") ? "api" : r.handler ? "route" : "page";
      return { kind, route: r.pattern };
    }
  }
  return { kind: p.startsWith("/api/") ? "api" : "page", route: "other" };
}

function observe(req: IncomingMessage, res: ServerResponse, requestId: string, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  const { kind, route } = classify(req.url);
  const method = req.method === "GET" || req.method === "POST" || req.method === "HEAD" ? req.method : "OTHER";
  metrics().http.observe({ kind, route, method, status: String(res.statusCode) }, seconds);
  if (kind !== "static" && route !== "/api/graphql") {
    // GraphQL writes its own line with the operation; static files are many and dull.
    requestContext.run({ requestId }, () =>
      logger.info({ method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1000) }, "http"),
    );
  }
}

export function installHttpObserver(): void {
  const g = globalThis as { __pestorHttpObserver?: true };
  if (g.__pestorHttpObserver) return;
  g.__pestorHttpObserver = true;
  const proto = http.Server.prototype as Server;
  const emit = proto.emit;
  proto.emit = function observedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== "request") return emit.apply(this, [event, ...args] as unknown as Parameters<Server["emit"]>);
    const req = args[0] as IncomingMessage;
    const res = args[1] as ServerResponse;
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const started = performance.now();
    res.once("finish", () => observe(req, res, requestId, started));
    return requestContext.run({ requestId }, () => emit.apply(this, [event, ...args] as unknown as Parameters<Server["emit"]>));
  } as Server["emit"];
}
