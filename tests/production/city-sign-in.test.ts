import { rmSync } from "node:fs";
import { startCityOidc, type CityOidc } from "../helpers/city-oidc";
import { startApp, startPgProcess, type AppProcess, type PgProcess } from "./app-process";

/**
 * Single sign-on for city staff, end to end over HTTP: the production build with OIDC_*
 * set, a real OpenID provider (oidc-provider, started here) and next-auth as it runs —
 * discovery, PKCE, state and nonce, the provider's login and consent pages, the code
 * exchange, the ID token and userinfo, the session cookie. Nothing is mocked.
 */
const PG_DIR = ".data/pg-city-sso";
const APP_PORT = Number(process.env.PRODTEST_CITY_APP_PORT ?? 3293);
const OIDC_PORT = Number(process.env.PRODTEST_CITY_OIDC_PORT ?? 3292);
const APP_URL = `http://127.0.0.1:${APP_PORT}`;

let pg: PgProcess;
let app: AppProcess;
let city: CityOidc;

beforeAll(async () => {
  rmSync(PG_DIR, { recursive: true, force: true });
  [pg, city] = await Promise.all([startPgProcess(PG_DIR, Number(process.env.PRODTEST_PG_PORT3 ?? 54343), "pestor_city"), startCityOidc(OIDC_PORT, APP_URL)]);
  app = await startApp(
    { DATABASE_URL: pg.url, NEXTAUTH_SECRET: "city-sso-secret-0123456789abcdef0123", NEXTAUTH_URL: APP_URL, RATE_LIMITS: "off", LOG_LEVEL: "warn", ...city.env },
    APP_PORT,
  );
});

afterAll(async () => {
  await app?.stop();
  await city?.stop();
  await pg?.stop();
});

/** A browser's cookie jar and redirects, by hand: cookies per host:port, as the two servers set them. */
class Browser {
  private jar = new Map<string, Map<string, string>>();
  visited: string[] = [];

  private cookies(url: string) {
    const key = new URL(url).host;
    if (!this.jar.has(key)) this.jar.set(key, new Map());
    return this.jar.get(key)!;
  }

  cookie(url: string, name: string): string | undefined {
    return this.cookies(url).get(name);
  }

  async go(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ url: string; status: number; body: string }> {
    let method = init.method ?? "GET";
    let body: string | undefined = init.form ? new URLSearchParams(init.form).toString() : undefined;
    for (let hops = 0; hops < 20; hops++) {
      this.visited.push(url);
      const jar = this.cookies(url);
      const res = await fetch(url, {
        method,
        redirect: "manual",
        body,
        headers: {
          ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        },
      });
      for (const line of res.headers.getSetCookie()) {
        const [pair, ...attrs] = line.split(";");
        const eq = pair.indexOf("=");
        const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
        const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
        if (expired || value === "") jar.delete(name);
        else jar.set(name, value);
      }
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        url = new URL(location, url).toString();
        method = "GET";
        body = undefined;
        continue;
      }
      return { url, status: res.status, body: await res.text() };
    }
    throw new Error(`too many redirects: ${this.visited.join(" → ")}`);
  }
}

/** Clicks "Zaloguj się kontem Urzędu", signs in at the city as `login`, agrees; returns where the app lands. */
async function signInAtCity(browser: Browser, login: string) {
  const csrf = JSON.parse((await browser.go(`${APP_URL}/api/auth/csrf`)).body).csrfToken as string;
  // What next-auth's signIn("city") posts.
  let page = await browser.go(`${APP_URL}/api/auth/signin/city`, { method: "POST", form: { csrfToken: csrf, callbackUrl: `${APP_URL}/account` } });
  for (let step = 0; step < 4 && page.url.startsWith(city.issuer); step++) {
    const action = /<form[^>]*action="([^"]+)"/.exec(page.body)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(page.body)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at the provider: ${page.url}\n${page.body.slice(0, 500)}`);
    const form: Record<string, string> = prompt === "login" ? { prompt, login, password: "any" } : { prompt };
    page = await browser.go(new URL(action.replace(/&amp;/g, "&"), page.url).toString(), { method: "POST", form });
  }
  return page;
}

async function session(browser: Browser) {
  return JSON.parse((await browser.go(`${APP_URL}/api/auth/session`)).body) as { user?: { id: string; email: string; role: string; name: string } };
}

async function gql(browser: Browser, query: string) {
  const res = await fetch(`${APP_URL}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: `next-auth.session-token=${browser.cookie(APP_URL, "next-auth.session-token")}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] };
}

describe("Zaloguj się kontem Urzędu", () => {
  it("is offered on the sign-in page when OIDC_ISSUER is set", async () => {
    const page = await new Browser().go(`${APP_URL}/signin`);
    expect(page.status).toBe(200);
    // The text travels in the page's message bundle either way: the rendered section is the proof.
    expect(page.body).toMatch(/<h2 id="city-sign-in">Pracownicy Urzędu Miasta<\/h2>.*<button[^>]*>Zaloguj się kontem Urzędu<\/button>/s);
  });

  it("creates an official's account at the first sign-in, and the role follows the city's groups at every sign-in", async () => {
    city.setAccounts({
      "anna.nowak": { email: "anna.nowak@um.torun.pl", email_verified: true, name: "Anna Nowak", groups: ["wydzial-gospodarki"] },
    });
    const first = new Browser();
    const landed = await signInAtCity(first, "anna.nowak");
    expect(landed.url).toBe(`${APP_URL}/account`);
    // The provider's pages were really on the way (PKCE and nonce were checked by next-auth there and back).
    expect(first.visited.some((u) => u.startsWith(`${city.issuer}/interaction/`))).toBe(true);
    expect((await session(first)).user).toMatchObject({ email: "anna.nowak@um.torun.pl", name: "Anna Nowak", role: "OFFICIAL" });
    // The API knows her as staff too.
    expect(await gql(first, "{ me { role emailVerified } }")).toMatchObject({ data: { me: { role: "OFFICIAL", emailVerified: true } } });

    // Promoted at the city: an admin here at the next sign-in.
    city.setAccounts({ "anna.nowak": { email: "anna.nowak@um.torun.pl", email_verified: true, name: "Anna Nowak", groups: ["pestor-admins"] } });
    const second = new Browser();
    await signInAtCity(second, "anna.nowak");
    expect((await session(second)).user).toMatchObject({ role: "ADMIN" });
    expect(await gql(second, "{ pendingApprovals { officials { id } } }")).toMatchObject({ data: { pendingApprovals: { officials: expect.any(Array) } } });

    // The group removed at the city: the role goes at the next sign-in, and the older session ends with it.
    city.setAccounts({ "anna.nowak": { email: "anna.nowak@um.torun.pl", email_verified: true, name: "Anna Nowak", groups: [] } });
    const third = new Browser();
    await signInAtCity(third, "anna.nowak");
    expect((await session(third)).user).toMatchObject({ role: "RESIDENT" });
    expect((await session(second)).user).toBeUndefined();
    expect((await gql(third, "{ pendingApprovals { officials { id } } }")).errors?.[0].extensions.code).toBe("FORBIDDEN");
  });

  it("links an existing password account by its verified e-mail, after which that account signs in only at the city", async () => {
    const signUp = await fetch(`${APP_URL}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { signUp(email: "jan.kowalski@um.torun.pl", password: "haslo-jana-2026", name: "Jan K.", accountType: RESIDENT) { id } }` }),
    }).then((r) => r.json() as Promise<{ data: { signUp: { id: string } } }>);
    city.setAccounts({ "jan.k": { email: "jan.kowalski@um.torun.pl", email_verified: true, name: "Jan Kowalski", groups: ["pestor-officials"] } });
    const b = new Browser();
    await signInAtCity(b, "jan.k");
    expect((await session(b)).user).toMatchObject({ id: signUp.data.signUp.id, role: "OFFICIAL" });

    // The password no longer opens the account, and the sign-in page is told why.
    const other = new Browser();
    const csrf = JSON.parse((await other.go(`${APP_URL}/api/auth/csrf`)).body).csrfToken as string;
    const refused = await other.go(`${APP_URL}/api/auth/callback/credentials`, {
      method: "POST",
      form: { csrfToken: csrf, email: "jan.kowalski@um.torun.pl", password: "haslo-jana-2026" },
    });
    expect(refused.url).toContain("error=CITY_ACCOUNT");
    expect((await session(other)).user).toBeUndefined();
  });

  it("refuses an address the city does not vouch for, and says why on the sign-in page", async () => {
    city.setAccounts({ "ktos.obcy": { email: "ktos@example.org", email_verified: false, name: "Ktoś", groups: ["pestor-admins"] } });
    const b = new Browser();
    const landed = await signInAtCity(b, "ktos.obcy");
    expect(landed.url).toContain("/signin?error=CITY_EMAIL_UNVERIFIED");
    expect(landed.body).toContain("nie potwierdził Twojego adresu e-mail");
    expect((await session(b)).user).toBeUndefined();
  });
});
