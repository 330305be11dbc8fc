import pino from "pino";
import { requestContext } from "./request-context";

/**
 * Structured logs, one JSON line per event; `LOG_LEVEL` sets the threshold. Written to
 * stdout asynchronously: a synchronous write per line was 5 % of a registration's CPU
 * (bench/request-cost.ts); pino flushes what is pending when the process exits.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { app: "pes-tor" },
    redact: ["password", "*.password", "req.headers.cookie", "passwordHash"],
    // Every line written while serving a request carries its id (pages and routes too).
    mixin: () => {
      const r = requestContext.getStore();
      return r ? { requestId: r.requestId } : {};
    },
  },
  pino.destination({ sync: false }),
);
