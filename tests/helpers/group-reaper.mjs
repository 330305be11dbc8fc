// Stops a process group (argv[2]) once the process that started this reaper is gone: that
// process holds the other end of our stdin, so the pipe ends when it exits or is killed —
// a browser run stopped before its teardown no longer leaves the app server holding its port.
const pgid = Number(process.argv[2]);

const alive = () => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

process.stdin.on("end", () => {
  if (!alive()) process.exit(0);
  process.kill(-pgid, "SIGTERM");
  // next dev and its workers get a moment to stop by themselves, then the rest is killed.
  const started = Date.now();
  const timer = setInterval(() => {
    if (!alive()) process.exit(0);
    if (Date.now() - started > 10_000) {
      try {
        process.kill(-pgid, "SIGKILL");
      } catch {
        /* gone meanwhile */
      }
      process.exit(0);
    }
  }, 200);
  timer.ref();
});
process.stdin.resume();
