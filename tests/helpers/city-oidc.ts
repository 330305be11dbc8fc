import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface CityOidc {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The file the provider reads its people from (for tests in another process). */
  accountsFile: string;
  /** Replaces the provider's people (id → claims); read at each sign-in. */
  setAccounts(accounts: Record<string, Record<string, unknown>>): void;
  /** The app's variables for this provider. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts a real OpenID provider (tests/helpers/city-oidc-provider.mjs) for an app at `appUrl`. */
export async function startCityOidc(port: number, appUrl: string): Promise<CityOidc> {
  const dir = mkdtempSync(path.join(tmpdir(), "pestor-oidc-"));
  const accountsFile = path.join(dir, "accounts.json");
  const setAccounts = (a: Record<string, Record<string, unknown>>) => writeFileSync(accountsFile, JSON.stringify(a));
  setAccounts({});
  const clientId = "pestor";
  const clientSecret = "city-client-secret-0123456789";
  const child: ChildProcess = spawn(process.execPath, [path.resolve(__dirname, "city-oidc-provider.mjs")], {
    env: { ...process.env, NODE_ENV: "test", PORT: String(port), CLIENT_ID: clientId, CLIENT_SECRET: clientSecret, REDIRECT_URI: `${appUrl}/api/auth/callback/city`, ACCOUNTS_FILE: accountsFile },
    // stdin a pipe that only this process holds: the provider exits when it closes (see there).
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the OpenID provider did not start:\n${out}`)), 30_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d;
      const m = /ready (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr!.on("data", (d: Buffer) => (out += d));
    child.once("exit", (code) => reject(new Error(`the OpenID provider exited (${code}):\n${out}`)));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accountsFile,
    setAccounts,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_ADMIN_GROUPS: "pestor-admins",
      OIDC_OFFICIAL_GROUPS: "pestor-officials,wydzial-gospodarki",
    },
    stop: () =>
      new Promise((resolve) => {
        rmSync(dir, { recursive: true, force: true });
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
