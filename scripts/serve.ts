import http from "node:http";
import next from "next";
import type { ServerBridge } from "../server/bridge";
import type { EmbeddedHandle } from "../server/embedded-postgres";
import { isGraphQLRequest, serveGraphQLFast } from "./graphql-fast-path";

/**
 * `npm start`: Next.js in this process (instead of `next start` in a child), behind a
 * node:http server that answers /api/graphql itself and hands everything else to Next.
 * On SIGINT/SIGTERM: stop accepting, finish the requests in flight, close Next, then stop
 * the embedded PostgreSQL (if any) — never before, so no request loses its database.
 */
export async function serveProduction(pg: EmbeddedHandle | null, log: (s: string) => void): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  // What `next start` does to its process: the server code reads production settings.
  (process.env as Record<string, string>).NODE_ENV = "production";
  const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const bridge = () => (globalThis as { __pestorBridge?: ServerBridge }).__pestorBridge;
  const server = http.createServer((req, res) => {
    const b = isGraphQLRequest(req) ? bridge() : undefined;
    if (b) void serveGraphQLFast(b, req, res);
    else void handle(req, res);
  });
  // Every interface, as `next start` listens.
  await new Promise<void>((resolve) => server.listen(port, resolve));
  log(`Ready on http://localhost:${port}`);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close().catch((err: unknown) => console.error(err));
      if (pg) {
        log("Stopping the embedded PostgreSQL …");
        await pg.stop();
      }
      process.exit(signal === "SIGINT" ? 130 : 143);
    })();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}
