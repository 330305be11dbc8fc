/* eslint-disable @typescript-eslint/no-require-imports -- preloaded with `node -r`, so plain CommonJS */
// Preloaded into the server by bench/profile.ts (NODE_OPTIONS=-r): SIGUSR2 starts the V8
// CPU profiler in this process, the next SIGUSR2 stops it and writes
// $PROFILE_DIR/<pid>.cpuprofile. Unlike `--cpu-prof`, start-up and warm-up stay out.
const { Session } = require("node:inspector");
const { writeFileSync } = require("node:fs");
const path = require("node:path");

const session = new Session();
session.connect();
let running = false;
process.on("SIGUSR2", () => {
  if (!running) {
    running = true;
    session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 200 }, () => session.post("Profiler.start")));
    return;
  }
  running = false;
  session.post("Profiler.stop", (err, { profile }) => {
    if (!err) writeFileSync(path.join(process.env.PROFILE_DIR || ".", `${process.pid}.cpuprofile`), JSON.stringify(profile));
  });
});
