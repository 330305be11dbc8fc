import { rmSync } from "node:fs";
import { Client } from "pg";
import { chromium, type Browser } from "playwright-core";
import { MAX_DOCUMENT_BYTES } from "../../entities/file-limits";
import { FOREIGN_CALLBACK_URLS } from "../helpers/open-redirects";
import { postSignIn, startApp, startPgProcess, type AppProcess, type PgProcess } from "./app-process";

/**
 * The production build under attack, rate limits on, no trusted proxy: sign-in never
 * leaves the site, refusals are 4xx, scripts run only with the page's nonce, sign-in
 * limits cannot be dodged with a forged X-Forwarded-For and never lock out good sign-ins,
 * and the documented upload limit is reachable through the proxy.
 */
const PG_DIR = ".data/pg-defences";
const PG_PORT = Number(process.env.PRODTEST_DEFENCES_PG_PORT ?? 54393);
const APP_PORT = Number(process.env.PRODTEST_DEFENCES_APP_PORT ?? 3193);
const ORIGIN = `http://127.0.0.1:${APP_PORT}`;
const SECRET = "defences-test-secret-0123456789abcdef";
const PASSWORD = "Kopernik-Piernik-Torun-2026";

let pg: PgProcess;
let app: AppProcess;
let browser: Browser | undefined;

beforeAll(async () => {
  rmSync(PG_DIR, { recursive: true, force: true });
  pg = await startPgProcess(PG_DIR, PG_PORT, "pestor_defences");
  app = await startApp({ DATABASE_URL: pg.url, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: ORIGIN, APP_URL: ORIGIN, LOG_LEVEL: "error", RATE_LIMITS: "on" }, APP_PORT);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await pg?.stop();
});

async function graphql(body: unknown, cookie?: string) {
  const res = await fetch(`${app.url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as any };
}

async function signUp(email: string) {
  const r = await graphql({ query: `mutation($e: String!, $p: String!) { signUp(email: $e, password: $p, name: "Test Obrony", accountType: RESIDENT) { id } }`, variables: { e: email, p: PASSWORD } });
  expect(r.json.data?.signUp?.id).toBeDefined();
  return r.json.data.signUp.id as string;
}

/** A form sign-in as a script does it; `location` is where next-auth sends the browser. */
async function signIn(email: string, password: string, extra: { callbackUrl?: string; headers?: Record<string, string> } = {}) {
  const res = await postSignIn(app.url, email, password, extra);
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  const location = res.headers.get("location") ?? "";
  return { status: res.status, location, session, error: new URL(location, ORIGIN).searchParams.get("error") };
}

describe("scripts run only with the page's nonce (CSP)", () => {
  it("sends a fresh nonce per page, no 'unsafe-inline' for scripts, and puts the nonce on every script", async () => {
    const nonces = new Set<string>();
    for (const path of ["/", "/signin", "/premises", "/programme/figures", "/news"]) {
      const res = await fetch(`${app.url}${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      const csp = res.headers.get("content-security-policy") ?? "";
      const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce).toBeTruthy();
      expect(scriptSrc).toContain("'strict-dynamic'");
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      nonces.add(nonce!);
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect([path, tag]).toEqual([path, expect.stringContaining(`nonce="${nonce}"`)]);
    }
    expect(nonces.size).toBe(5);
  });

  it("blocks an injected inline script while the page's own scripts run (the form works; figures and premises load without a violation)", async () => {
    const context = await browser!.newContext({ locale: "pl-PL" });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    // As if stored HTML had slipped a script into the page: same headers, one more inline script.
    await page.route(`${ORIGIN}/signin`, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace("</body>", "<script>window.__injected = true</script></body>");
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(`${ORIGIN}/signin`);
    // Hydrated: submitting the empty form shows the client-side "required" messages.
    await page.getByRole("button", { name: "Zaloguj się" }).click();
    await page.waitForSelector(".field-error, [aria-invalid='true']", { timeout: 30_000 });
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(violations.join("\n")).toMatch(/inline script/i);
    await page.unroute(`${ORIGIN}/signin`);

    violations.length = 0;
    // The pages that load code after rendering (charts, the map) do so without a violation.
    for (const path of ["/programme/figures", "/premises"]) {
      await page.goto(`${ORIGIN}${path}`);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe("GraphQL refusals are 4xx, never 500", () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
  const REFUSALS: [string, unknown, number][] = [
    ["500 aliases", { query: aliases(500) }, 400],
    ["25 aliases", { query: aliases(25) }, 400],
    ["over the token limit", { query: `{ ${"__typename ".repeat(3100)} }` }, 400],
    ["a syntax error", { query: "{ me { id " }, 400],
    ["an unknown field", { query: "{ nope }" }, 400],
    ["nested too deep", { query: `{ me { ${"membership { organization { id } user { ".repeat(14)}id${" } }".repeat(14)} } }` }, 400],
    ["bad variables", { query: "query($id: ID!) { premises(id: $id) { id } }", variables: { id: [1] } }, 400],
    ["JSON that does not parse", "{ nope", 400],
    ["a 2 MB padded query", { query: `{ me { id } }${" ".repeat(2_000_000)}` }, 413],
  ];
  it.each(REFUSALS)("%s", async (_name, body, status) => {
    const r = await graphql(body);
    expect(r.status).toBe(status);
    expect(r.json?.errors?.length).toBeGreaterThan(0);
  });
});

describe("sign-in never ends on another origin", () => {
  const email = "redirect@example.org";
  beforeAll(() => signUp(email));

  it("for any callbackUrl given to next-auth", async () => {
    for (const raw of FOREIGN_CALLBACK_URLS) {
      const r = await signIn(email, PASSWORD, { callbackUrl: raw });
      expect([raw, r.status]).toEqual([raw, 302]);
      expect([raw, new URL(r.location, ORIGIN).origin]).toEqual([raw, ORIGIN]);
    }
    const good = await signIn(email, PASSWORD, { callbackUrl: "/marketplace/bookings?x=1" });
    expect(good.location).toBe(`${ORIGIN}/marketplace/bookings?x=1`);
  });

  it("for the sign-in page's callbackUrl, in a browser", async () => {
    const samples = ["/\\evil.example", "/\t/evil.example", "/\\/evil.example", "//evil.example", "https:evil.example", "javascript:alert(1)", "http://evil.example"];
    for (const raw of samples) {
      const context = await browser!.newContext({ locale: "pl-PL" });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on("request", (r) => {
        const u = new URL(r.url());
        if (u.protocol.startsWith("http") && u.origin !== ORIGIN) foreign.push(r.url());
      });
      await page.goto(`${ORIGIN}/signin?callbackUrl=${encodeURIComponent(raw)}`);
      await page.getByLabel("Adres e-mail").fill(email);
      await page.getByLabel("Hasło").fill(PASSWORD);
      await page.getByRole("button", { name: "Zaloguj się" }).click();
      await page.waitForURL((u) => !u.pathname.startsWith("/signin"), { timeout: 30_000 });
      expect([raw, new URL(page.url()).origin, foreign]).toEqual([raw, ORIGIN, []]);
      await context.close();
    }
  });
});

describe("uploads up to the documented limit pass the proxy", () => {
  it("takes a 10 MB document and the largest allowed one; refuses a byte more, naming the limit", async () => {
    const email = "uploads@example.org";
    const id = await signUp(email);
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    await db.query(`UPDATE users SET role = 'ADMIN', email_verified = true WHERE id = $1`, [id]);
    await db.end();
    const { session } = await signIn(email, PASSWORD);
    const created = await graphql(
      { query: `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`, variables: { i: { title: "Zapytanie z dokumentami", kind: "REQUEST_FOR_QUOTATION", deadline: new Date(Date.now() + 7 * 86400_000).toISOString() } } },
      session,
    );
    const demandId = created.json.data?.createDemand?.id;
    expect(demandId).toBeDefined();
    const send = async (size: number) => {
      const bytes = Buffer.alloc(size);
      Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").copy(bytes);
      const form = new FormData();
      form.set("file", new Blob([new Uint8Array(bytes)]), "dokument.pdf");
      const res = await fetch(`${app.url}/marketplace/demands/${demandId}/attachments`, { method: "POST", headers: { cookie: session! }, body: form });
      return { status: res.status, json: (await res.json().catch(() => null)) as any };
    };
    for (const size of [10_000_000, MAX_DOCUMENT_BYTES]) {
      const ok = await send(size);
      expect([size, ok.status, ok.json?.fileName]).toEqual([size, 201, "dokument.pdf"]);
    }
    const over = await send(MAX_DOCUMENT_BYTES + 1);
    expect(over.status).toBe(413);
    expect(over.json).toMatchObject({ fields: { file: "tooBig" }, maxBytes: MAX_DOCUMENT_BYTES });
    expect(over.json.message).toContain("10 MB");
  });
});

describe("sign-in limits (no trusted proxy)", () => {
  it("never count good sign-ins: twelve in a row from one address", async () => {
    const email = "office@example.org";
    await signUp(email);
    for (let i = 0; i < 12; i++) expect((await signIn(email, PASSWORD)).session).toBeDefined();
  });

  it("slow one account down and say when to try again, without slowing another account", async () => {
    const target = "target@example.org";
    const other = "colleague@example.org";
    await signUp(target);
    await signUp(other);
    for (let i = 0; i < 5; i++) expect((await signIn(target, "zle-haslo-123")).error).toBe("CredentialsSignin");
    expect((await signIn(target, "zle-haslo-123")).error).toBe("RATE_LIMITED:2");
    expect((await signIn(target, PASSWORD)).error).toMatch(/^RATE_LIMITED:[12]$/);
    expect((await signIn(other, PASSWORD)).session).toBeDefined();
    await new Promise((r) => setTimeout(r, 2100));
    expect((await signIn(target, PASSWORD)).session).toBeDefined();
  });

  it("key on the connection, not on a forged X-Forwarded-For: a new fake address per try changes nothing", async () => {
    const results: (string | null)[] = [];
    for (let i = 0; i < 51; i++) {
      const forged = `${10 + (i % 200)}.${i}.${(i * 7) % 250}.${(i * 13) % 250}`;
      results.push((await signIn(`guess-${i}@example.org`, "zle-haslo-123", { headers: { "x-forwarded-for": forged, "x-real-ip": forged } })).error);
    }
    // Fifty failures per address are free (the tests above spent six of them); then the
    // address waits, whatever it claims to be — each guess used a new account, so only the
    // address can have been counted.
    expect(results.slice(0, 40).every((e) => e === "CredentialsSignin")).toBe(true);
    expect(results[50]).toMatch(/^RATE_LIMITED:\d+$/);
  });
});
