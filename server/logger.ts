import pino from "pino";

/** Structured logs, one JSON line per event; `LOG_LEVEL` sets the threshold. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "pes-tor" },
  redact: ["password", "*.password", "req.headers.cookie", "passwordHash"],
});
