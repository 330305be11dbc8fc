/**
 * PostgreSQL refusals a service turns into the contract's error codes. TypeORM wraps the
 * driver's error (`QueryFailedError.driverError`) and sometimes copies its `code`; both
 * are read.
 */
function sqlState(err: unknown): string | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * unique_violation: a row with the same key exists (or was committed meanwhile); with
 * `index`, only that index's (where a statement can break more than one).
 */
export const isUniqueViolation = (err: unknown, index?: string): boolean =>
  sqlState(err) === "23505" && (index === undefined || constraintOf(err) === index);

function constraintOf(err: unknown): string | undefined {
  const e = err as { constraint?: unknown; driverError?: { constraint?: unknown } } | null | undefined;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return typeof name === "string" ? name : undefined;
}

/**
 * foreign_key_violation: the row referred to is gone — deleted by a transaction that
 * committed after this one read it (a parent read without a lock).
 */
export const isForeignKeyViolation = (err: unknown): boolean => sqlState(err) === "23503";

/** exclusion_violation, e.g. two APPROVED bookings of one item would share a day. */
export const isExclusionViolation = (err: unknown): boolean => sqlState(err) === "23P01";

/** deadlock_detected: PostgreSQL rolled this transaction back to break a cycle of waits. */
export const isDeadlock = (err: unknown): boolean => sqlState(err) === "40P01";

/** How often a transaction chosen as a deadlock's victim is run again. */
export const DEADLOCK_ATTEMPTS = 5;

/**
 * Runs `transaction` (a whole transaction: nothing of a failed attempt stays) again when
 * PostgreSQL picked it as a deadlock's victim, after a short random pause so that the
 * same transactions do not meet again in step. An exclusion constraint can deadlock two
 * writers that check each other's new rows at the same moment (see PostgreSQL's
 * execIndexing.c): the victim's answer is decided only by running it again. Still a
 * victim after {@link DEADLOCK_ATTEMPTS} tries, it is the caller's `busy` refusal.
 */
export async function retryOnDeadlock<T>(transaction: () => Promise<T>, busy: () => Error): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (err) {
      if (!isDeadlock(err)) throw err;
      if (attempt >= DEADLOCK_ATTEMPTS) throw busy();
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
