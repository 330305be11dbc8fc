import type { DataSource, QueryRunner } from "typeorm";

/**
 * Another client's transaction, held open by the test on a connection of its own: it
 * writes first and commits (or rolls back) only once a request waits on its locks, so a
 * race between two requests is played out the same way every run, never by timing luck.
 * The transaction is rolled back if `fn` leaves it open.
 */
export async function withOtherTransaction<T>(ds: DataSource, fn: (other: QueryRunner) => Promise<T>): Promise<T> {
  const other = ds.createQueryRunner();
  await other.connect();
  try {
    await other.startTransaction();
    return await fn(other);
  } finally {
    if (other.isTransactionActive) await other.rollbackTransaction();
    await other.release();
  }
}

/** Resolves once some session of the test database waits for a lock (a request blocked by the other transaction). */
export async function untilWaitingOnLock(ds: DataSource): Promise<void> {
  const waiting = async () =>
    Number((await ds.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n);
  while ((await waiting()) === 0) await new Promise((r) => setTimeout(r, 20));
}
