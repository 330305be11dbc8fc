import { readdirSync, readFileSync } from "node:fs";

/**
 * Resident memory (MiB) of every process in a process group: the app is `scripts/start.ts`
 * and the Next.js it runs, in the group the bench starts it in. Linux /proc only;
 * null elsewhere.
 */
export function groupRssMb(pgid: number): number | null {
  let kb = 0;
  let found = false;
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  for (const pid of entries) {
    try {
      // Field 5 of /proc/<pid>/stat is the process group; the name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) {
        kb += Number(rss[1]);
        found = true;
      }
    } catch {
      /* the process ended meanwhile */
    }
  }
  return found ? Math.round(kb / 1024) : null;
}

/** Samples {@link groupRssMb} every 250 ms until stopped; returns the peak. */
export function samplePeakRss(pgid: number): () => number | null {
  let peak: number | null = null;
  const timer = setInterval(() => {
    const now = groupRssMb(pgid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 250);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
