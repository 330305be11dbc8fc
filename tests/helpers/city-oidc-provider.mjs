// A real OpenID Connect provider (the `oidc-provider` package, certified by the OpenID
// Foundation) standing in for the city's Entra ID / Keycloak in tests. It is ESM-only, so
// it runs as a child process (tests/helpers/city-oidc.ts starts it). Its people are read
// from ACCOUNTS_FILE at each sign-in, so a test can take a group away between two sign-ins.
// The login page is the package's development one: any password, the login is the account id.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import Provider from "oidc-provider";

const { PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, ACCOUNTS_FILE } = process.env;
const issuer = `http://127.0.0.1:${PORT}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [REDIRECT_URI],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  // As Keycloak's default client scopes do: the groups come with `profile`.
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name", "given_name", "family_name", "groups"],
  },
  async findAccount(_ctx, id) {
    const accounts = JSON.parse(readFileSync(ACCOUNTS_FILE, "utf8"));
    if (!accounts[id]) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...accounts[id] }) };
  },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["city-oidc-test-key-0123456789"] },
});
// The development login page says so on stderr at every start: not news here.
provider.on("server_error", (_ctx, err) => console.error("oidc-provider:", err));

createServer(provider.callback()).listen(Number(PORT), "127.0.0.1", () => {
  process.stdout.write(`ready ${issuer}\n`);
});

// The test process that started this provider holds the other end of stdin: when it is gone
// — finished, or killed before its teardown could stop us — the pipe ends, and so do we,
// instead of holding the port for the next run.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
