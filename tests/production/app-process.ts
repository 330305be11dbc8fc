import { spawn, type ChildProcess } from "node:child_process";
import { createConnection } from "node:net";

export interface AppProcess {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Posts the sign-in form as a script does (the CSRF token and its cookie first); next-auth's answer, redirect not followed. */
export async function postSignIn(
  appUrl: string,
  email: string,
  password: string,
  extra: { callbackUrl?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const csrfRes = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, email, password });
  if (extra.callbackUrl !== undefined) body.set("callbackUrl", extra.callbackUrl);
  return fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...extra.headers },
    body,
  });
}

export function freePortCheck(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ port, host: "127.0.0.1" });
    s.once("connect", () => (s.destroy(), resolve(false)));
    s.once("error", () => resolve(true));
  });
}

/** Starts `npm start` (the production build) with `env` and waits until /api/health answers. */
export async function startApp(env: Record<string, string>, port: number): Promise<AppProcess> {
  let out = "";
  const child: ChildProcess = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/start.ts"], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}):\n${out}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.status === 200 || r.status === 503) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`app did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(-child.pid!, "SIGTERM");
        setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 10_000).unref();
      }),
  };
}

/** Runs `npm start` expecting it to refuse; returns its exit code and output. */
export function startExpectingFailure(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let out = "";
    const e: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: "3299" };
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete e[k];
      else e[k] = v;
    }
    const child = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/start.ts"], { env: e, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const t = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(t);
      resolve({ code, output: out });
    });
  });
}

export interface PgProcess {
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
}

/** An embedded PostgreSQL in its own process (scripts/embedded-pg.ts), so a test can stop and restart it. */
export function startPgProcess(dir: string, port: number, database: string): Promise<PgProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/embedded-pg.ts", dir, String(port), database], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stderr!.on("data", (d) => (out += d));
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /ready (\S+) (\S+)/.exec(out);
      if (m)
        resolve({
          url: m[1],
          adminUrl: m[2],
          stop: () =>
            new Promise((r) => {
              if (child.exitCode !== null) return r();
              child.once("exit", () => r());
              child.kill("SIGTERM");
            }),
        });
    });
    child.once("exit", (code) => reject(new Error(`embedded PostgreSQL exited (${code}): ${out}`)));
  });
}
