import "reflect-metadata";
import { config } from "../server/config";
import { getDataSource } from "../server/db";
import { logger } from "../server/logger";
import { metrics, serveMetrics } from "../server/metrics";
import { startWorker } from "../server/worker";
import { prepareEnvironment } from "./cli";

/**
 * `npm run worker`: the background work (mail queue, each domain's schedules) in a process
 * of its own, for deployments that run the app nodes with WORKER=off. Any number of
 * workers and app nodes may run it at once: every job claims its rows (SKIP LOCKED or an
 * advisory lock), so nothing is done twice. Metrics on METRICS_PORT when set.
 */
async function main() {
  const pg = await prepareEnvironment({ log: (s) => logger.info(s) });
  if (process.env.WORKER === "off") throw new Error("WORKER=off is for app nodes; the worker process always works.");
  const m = metrics();
  m.dataSource ??= getDataSource;
  const { METRICS_PORT, METRICS_HOST, METRICS_TOKEN } = config();
  if (METRICS_PORT) serveMetrics(METRICS_PORT, METRICS_HOST, METRICS_TOKEN);
  await getDataSource();
  const stop = startWorker();
  logger.info("worker started");
  // The worker's timer does not keep the process alive by itself.
  const alive = setInterval(() => {}, 60_000);
  const shutdown = async () => {
    stop();
    clearInterval(alive);
    await (await getDataSource()).destroy().catch(() => {});
    await pg?.stop();
    logger.info("worker stopped");
    process.exit(0);
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((err) => {
  console.error(`[pes-tor worker] ${err.message ?? err}`);
  process.exit(1);
});
