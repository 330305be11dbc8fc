import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { config } from "./config";
import { AppError } from "./errors";

/** Named limits: points per duration (seconds), keyed by IP and/or account. */
const LIMITS = {
  signIn: { points: 10, duration: 60 * 5 },
  signInAccount: { points: 5, duration: 60 * 5 },
  signUp: { points: 10, duration: 60 * 60 },
  newsletter: { points: 10, duration: 60 * 60 },
  enquiry: { points: 20, duration: 60 * 60 },
  form: { points: 60, duration: 60 },
  // Each upload costs image decoding and resizing before the API sees it.
  upload: { points: 60, duration: 60 * 10 },
  // Account e-mails (verification, reset, e-mail change) per account or address: enough
  // for a lost message or two, too few to flood someone's mailbox.
  accountMail: { points: 5, duration: 60 * 60 },
  // Current-password checks of a signed-in account (changing the password or the address).
  passwordCheck: { points: 10, duration: 60 * 15 },
} as const;

export type LimitName = keyof typeof LIMITS;

type Factory = (name: LimitName, opts: { points: number; duration: number }) => RateLimiterAbstract;

let factory: Factory = (name, opts) => new RateLimiterMemory({ keyPrefix: name, ...opts });
const limiters = new Map<LimitName, RateLimiterAbstract>();

/**
 * Replaces the counter store, e.g. with Redis when several app nodes must share the
 * counters (see server/rate-limit-redis.ts).
 */
export function setRateLimitStore(f: Factory): void {
  factory = f;
  limiters.clear();
}

function limiter(name: LimitName): RateLimiterAbstract {
  let l = limiters.get(name);
  if (!l) {
    l = factory(name, LIMITS[name]);
    limiters.set(name, l);
  }
  return l;
}

/** Counts one attempt; throws RATE_LIMITED once the budget for `key` is spent. */
export async function consume(name: LimitName, key: string): Promise<void> {
  if (!config().rateLimitsOn) return;
  try {
    await limiter(name).consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      const seconds = Math.ceil(err.msBeforeNext / 1000);
      throw new AppError("RATE_LIMITED", `Too many attempts; try again in ${seconds} s`);
    }
    throw err;
  }
}

/** Like {@link consume}, for callers outside GraphQL (upload routes): false once the budget is spent. */
export async function allow(name: LimitName, key: string): Promise<boolean> {
  try {
    await consume(name, key);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === "RATE_LIMITED") return false;
    throw err;
  }
}

/** Forgets the failures of `key`, e.g. after a successful sign-in. */
export async function reset(name: LimitName, key: string): Promise<void> {
  if (!config().rateLimitsOn) return;
  await limiter(name).delete(key);
}
