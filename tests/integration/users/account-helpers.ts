import type { DataSource } from "typeorm";
import { MailMessage } from "../../../entities/system";
import { handleGraphQL } from "../../../server/apollo";

/** The `token` query parameter of the newest link in the newest mail of `template` to `to`. */
export async function tokenFromMail(ds: DataSource, to: string, template: string): Promise<string> {
  const mail = await ds.getRepository(MailMessage).findOneOrFail({ where: { to, template }, order: { createdAt: "DESC" } });
  const link = mail.text.match(/https?:\/\/\S+[?&]token=([^&\s]+)/);
  if (!link) throw new Error(`no token link in ${template}`);
  return decodeURIComponent(link[1]);
}

/**
 * One request through the HTTP GraphQL path as a browser with a session cookie makes it:
 * `sv` is the session version the cookie was issued with.
 */
export async function asCookie(ds: DataSource, session: { sub: string; sv?: number } | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await handleGraphQL(ds, {
    method: "POST",
    headers: new Headers({ "content-type": "application/json" }),
    search: "",
    body: { query, variables },
    session,
    ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  const json = JSON.parse(res.body) as { data?: any; errors?: { extensions?: { code?: string; fields?: Record<string, string>; reason?: string } }[] };
  return { ...json, code: json.errors?.[0]?.extensions?.code, fields: json.errors?.[0]?.extensions?.fields, keepSession: res.keepSession };
}
