import type { DataSource, Logger } from "typeorm";

/**
 * How many SQL statements `run` sends through `ds` — the measure of the "N+1 is a bug"
 * rule: a list page must cost the same for 3 rows as for 30.
 */
export async function countQueries(ds: DataSource, run: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const original = ds.logger;
  const noop = () => undefined;
  const counting: Logger = { logQuery: () => void n++, logQueryError: noop, logQuerySlow: noop, logSchemaBuild: noop, logMigration: noop, log: noop };
  (ds as { logger: Logger }).logger = counting;
  try {
    await run();
  } finally {
    (ds as { logger: Logger }).logger = original;
  }
  return n;
}
