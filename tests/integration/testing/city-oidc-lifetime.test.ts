import { spawn } from "node:child_process";
import { createServer, connect } from "node:net";

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = connect(port, "127.0.0.1");
    c.once("connect", () => (c.destroy(), resolve(true)));
    c.once("error", () => resolve(false));
  });

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    if (await check()) return true;
  }
  return check();
}

/**
 * A browser run killed before its teardown (Ctrl-C twice, a CI time-out) left the sign-in
 * provider holding its port, so the next run on that port could not start.
 */
describe("the test sign-in provider (tests/helpers/city-oidc.ts)", () => {
  it("stops when the process that started it is killed without a teardown", async () => {
    const port = await freePort();
    const script = `require("./tests/helpers/city-oidc").startCityOidc(${port}, "http://localhost:1").then(() => console.log("up"));`;
    const parent = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), "-T", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      parent.stdout!.on("data", (d: Buffer) => String(d).includes("up") && resolve());
      parent.once("exit", (code) => reject(new Error(`the starter exited (${code})`)));
    });
    expect(await listening(port)).toBe(true);

    parent.kill("SIGKILL");
    expect(await until(async () => !(await listening(port)), 10_000)).toBe(true);
  }, 60_000);
});
