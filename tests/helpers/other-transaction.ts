import type { DataSource, QueryRunner } from "typeorm";

/**
 * A race between two clients played out the same way every run, never by timing luck:
 * another client's transaction, on a connection of its own, does `write` and stays open;
 * then `request` starts, and once it waits on a lock that transaction took, the other
 * commits. `request` thus read what was there before and runs into what the other wrote
 * (a duplicate key, a deleted row it refers to). Returns what `request` answered.
 */
export async function afterOtherCommits<T>(
  ds: DataSource,
  write: (other: QueryRunner) => Promise<unknown>,
  request: () => Promise<T>,
  /** What the other does after the request began to wait, before it commits (e.g. delete the row it locked). */
  whileWaiting?: (other: QueryRunner) => Promise<unknown>,
): Promise<T> {
  const other = ds.createQueryRunner();
  await other.connect();
  try {
    await other.startTransaction();
    await write(other);
    const answer = request();
    // A request that never waits (it ran into nothing) answers without the commit; the test then fails on that answer.
    let answered = false;
    void answer.then(
      () => (answered = true),
      () => (answered = true),
    );
    await untilWaitingOnLock(ds, () => answered);
    if (whileWaiting) await whileWaiting(other);
    await other.commitTransaction();
    return await answer;
  } finally {
    if (other.isTransactionActive) await other.rollbackTransaction();
    await other.release();
  }
}

/** Resolves once some session of the test database waits for a lock (a request blocked by another transaction), or `stop()` holds. */
export async function untilWaitingOnLock(ds: DataSource, stop: () => boolean = () => false): Promise<void> {
  const waiting = async () =>
    Number((await ds.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n);
  while (!stop() && (await waiting()) === 0) await new Promise((r) => setTimeout(r, 20));
}
