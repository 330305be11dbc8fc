import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import { logger } from "./logger";
import { setRateLimitStore } from "./rate-limit";

/**
 * Shares rate-limit counters between app nodes through Redis, so that a client cannot
 * multiply its budget by spreading requests over nodes behind the load balancer.
 */
export function shareRateLimitsThroughRedis(url: string): Redis {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  client.on("error", (err) => logger.warn({ err: err.message }, "redis unavailable"));
  setRateLimitStore(
    (name, opts) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `pestor:rl:${name}`,
        ...opts,
        // While Redis is away, count in memory rather than refuse or let everything through.
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `mem:${name}`, ...opts }),
      }),
  );
  return client;
}
