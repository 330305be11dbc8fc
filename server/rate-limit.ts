import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { User } from "../entities/users";
import { isStaff } from "./auth/roles";
import { config } from "./config";
import { AppError } from "./errors";

/** Named limits: points per duration (seconds), keyed by IP and/or account. */
const LIMITS = {
  signUp: { points: 10, duration: 60 * 60 },
  newsletter: { points: 10, duration: 60 * 60 },
  enquiry: { points: 20, duration: 60 * 60 },
  // Requests that e-mail someone else on one person's say-so (a question to a demand's
  // official, a booking, extension or item request to a notice's owner), one shared
  // budget per account: a busy member sends a handful a day, 30 in one hour is more than
  // anyone types by hand, yet it stops a script from filling one person's mailbox.
  requestToOthers: { points: 30, duration: 60 * 60 },
  // Colleagues registered for trainings, each e-mailed at an address the registrant typed,
  // counted per person (a group of 20 costs 20): three full groups an hour.
  groupAttendees: { points: 60, duration: 60 * 60 },
  // Each upload costs image decoding and resizing before the API sees it.
  upload: { points: 60, duration: 60 * 10 },
  // Account e-mails (verification, reset, e-mail change) per account or address: enough
  // for a lost message or two, too few to flood someone's mailbox.
  accountMail: { points: 5, duration: 60 * 60 },
  // Current-password checks of a signed-in account (changing the password or the address).
  passwordCheck: { points: 10, duration: 60 * 15 },
} as const;

export type LimitName = keyof typeof LIMITS;

/**
 * Progressive delays after failures (sign-in): the first `free` failures within
 * `forgetAfter` seconds cost nothing; each further one makes the key wait
 * `firstWait` seconds, doubling up to `maxWait`. Only failures count, and nothing is
 * ever locked for longer than `maxWait`: a stranger can slow an account down, not shut
 * its owner out.
 */
const BACKOFFS = {
  // Per account (the e-mail typed): guessing one password is slowed down to a crawl.
  signInAccount: { free: 5, firstWait: 2, maxWait: 15 * 60, forgetAfter: 24 * 60 * 60 },
  // Per client address: a city hall's staff share one; one colleague's typos are far below this.
  signInAddress: { free: 50, firstWait: 2, maxWait: 15 * 60, forgetAfter: 60 * 60 },
} as const;

export type BackoffName = keyof typeof BACKOFFS;

type Factory = (name: string, opts: { points: number; duration: number }) => RateLimiterAbstract;

let factory: Factory = (name, opts) => new RateLimiterMemory({ keyPrefix: name, ...opts });
const limiters = new Map<string, RateLimiterAbstract>();

/**
 * Replaces the counter store, e.g. with Redis when several app nodes must share the
 * counters (see server/rate-limit-redis.ts).
 */
export function setRateLimitStore(f: Factory): void {
  factory = f;
  limiters.clear();
}

function limiter(name: LimitName): RateLimiterAbstract {
  return store(name, LIMITS[name]);
}

function store(name: string, opts: { points: number; duration: number }): RateLimiterAbstract {
  let l = limiters.get(name);
  if (!l) {
    l = factory(name, opts);
    limiters.set(name, l);
  }
  return l;
}

/** Counts failures of a key (never refuses by itself). */
const failures = (name: BackoffName) => store(`${name}Failures`, { points: 1_000_000_000, duration: BACKOFFS[name].forgetAfter });
/** Holds a key's current wait (set with `block`). */
const waits = (name: BackoffName) => store(`${name}Wait`, { points: 1, duration: BACKOFFS[name].maxWait });

/** A refusal that says when to try again (`extensions.retryAfter`, in seconds). */
export class RateLimitedError extends AppError {
  constructor(public readonly retryAfter: number) {
    super("RATE_LIMITED", `Too many attempts; try again in ${retryAfter} s`);
    Object.assign(this.extensions, { retryAfter });
  }
}

/** Counts one attempt (or `points`); throws RATE_LIMITED once the budget for `key` is spent. */
export async function consume(name: LimitName, key: string, points = 1): Promise<void> {
  if (!config().rateLimitsOn) return;
  try {
    await limiter(name).consume(key, points);
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      throw new RateLimitedError(Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
    }
    throw err;
  }
}

/**
 * Counts `points` messages the platform is about to send to other people on `user`'s
 * say-so; RATE_LIMITED once the account's budget is spent. Staff (OFFICIAL/ADMIN) are not
 * counted: their accounts are the city's and audited, and an official working through a
 * day's queue must never be stopped by a limit meant for scripts.
 */
export async function consumeOnBehalfOf(name: "requestToOthers" | "groupAttendees", user: Pick<User, "id" | "role">, points = 1): Promise<void> {
  if (isStaff(user)) return;
  await consume(name, user.id, points);
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

/** Forgets the attempts counted for `key`. */
export async function reset(name: LimitName, key: string): Promise<void> {
  if (!config().rateLimitsOn) return;
  await limiter(name).delete(key);
}

/** Seconds `key` must still wait before its next attempt is even looked at (0: go ahead). */
export async function backoffWait(name: BackoffName, key: string): Promise<number> {
  if (!config().rateLimitsOn) return 0;
  const res = await waits(name).get(key);
  if (!res || res.consumedPoints <= 1 || res.msBeforeNext <= 0) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Throws RateLimitedError while `key` must wait. */
export async function checkBackoff(name: BackoffName, key: string): Promise<void> {
  const wait = await backoffWait(name, key);
  if (wait > 0) throw new RateLimitedError(wait);
}

/** Counts one failure of `key`; returns the wait (seconds) it now imposes, 0 while free. */
export async function recordFailure(name: BackoffName, key: string): Promise<number> {
  if (!config().rateLimitsOn) return 0;
  const b = BACKOFFS[name];
  const res = await failures(name).penalty(key, 1);
  const over = res.consumedPoints - b.free;
  if (over <= 0) return 0;
  const wait = Math.min(b.maxWait, b.firstWait * 2 ** Math.min(over - 1, 30));
  await waits(name).block(key, wait);
  return wait;
}

/** Forgets the failures of `key` (after it succeeded). */
export async function forgetFailures(name: BackoffName, key: string): Promise<void> {
  if (!config().rateLimitsOn) return;
  await Promise.all([failures(name).delete(key), waits(name).delete(key)]);
}
