import type { DataSource } from "typeorm";
import { config } from "./config";
import { getDataSource } from "./db";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { processMailQueue } from "./mail/mail.service";
import { jobs } from "./modules";
import type { Job } from "./modules/module";

const mailJob: Job = {
  name: "mail",
  everySeconds: 2,
  run: async (db) => {
    // Drain in batches, but never hog the process for long.
    for (let i = 0; i < 10 && (await processMailQueue(db)) > 0; i++);
  },
};

/** One run of a job: counted, timed, and a failure logged (the next run tries again). */
export async function runJob(job: Job, db: DataSource): Promise<boolean> {
  const m = metrics();
  const done = m.jobSeconds.startTimer({ task: job.name });
  m.jobRuns.inc({ task: job.name });
  try {
    await job.run(db);
    return true;
  } catch (err) {
    m.jobFailures.inc({ task: job.name });
    logger.warn({ job: job.name, err: (err as Error).message }, "job failed");
    return false;
  } finally {
    done();
  }
}

/**
 * Background work of this app node: the mail queue and each domain's periodic jobs.
 * Every job claims its rows with SKIP LOCKED or an advisory lock, so running it on
 * several nodes at once does nothing twice.
 */
export function startWorker(): () => void {
  if (!config().workerOn) return () => {};
  const all = [mailJob, ...jobs];
  const last = new Map<string, number>();
  let running = false;
  let lastOutageLog = 0;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDataSource();
      for (const job of all) {
        const now = Date.now();
        if (now - (last.get(job.name) ?? 0) < job.everySeconds * 1000) continue;
        last.set(job.name, now);
        await runJob(job, db);
      }
    } catch (err) {
      // Once a minute is enough to say the database is away; health answers 503 meanwhile.
      if (Date.now() - lastOutageLog > 60_000) {
        lastOutageLog = Date.now();
        logger.warn({ err: (err as Error).message }, "worker: database unavailable");
      }
    } finally {
      running = false;
    }
  }, 1000);
  timer.unref();
  return () => clearInterval(timer);
}
