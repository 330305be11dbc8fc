import { spawn } from "node:child_process";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    if (check()) return true;
  }
  return check();
}

/**
 * The browser set-up starts the app server in its own process group; a run killed before its
 * teardown (Ctrl-C twice, a CI time-out) left that server holding its port for the next run.
 */
describe("reapGroupWhenGone (tests/helpers/group-reaper.ts)", () => {
  it("stops a detached server's whole group when the process that started it is killed", async () => {
    const script = `
      const { spawn } = require("node:child_process");
      const server = spawn(process.execPath, ["-e", "require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000)"], { detached: true, stdio: "ignore" });
      require("./tests/helpers/group-reaper").reapGroupWhenGone(server.pid);
      console.log("up " + server.pid);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), "-T", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    const pgid = await new Promise<number>((resolve, reject) => {
      parent.stdout!.on("data", (d: Buffer) => {
        const m = /up (\d+)/.exec(String(d));
        if (m) resolve(Number(m[1]));
      });
      parent.once("exit", (code) => reject(new Error(`the starter exited (${code})`)));
    });
    expect(await until(() => alive(-pgid), 5_000)).toBe(true);

    parent.kill("SIGKILL");
    const gone = await until(() => !alive(-pgid), 20_000);
    if (!gone) process.kill(-pgid, "SIGKILL");
    expect(gone).toBe(true);
  }, 60_000);
});
