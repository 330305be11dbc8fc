import type { DataSource } from "typeorm";

/**
 * One hash of every row of every table (the migrations list, the audit log and the mail
 * queue aside, which a refusal may write), so a test can tell that a refused call changed nothing.
 */
export async function tableChecksum(ds: DataSource): Promise<string> {
  const tables: { t: string }[] = await ds.query(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'audit_log', 'mail_messages') ORDER BY 1`,
  );
  const parts = await Promise.all(tables.map(({ t }) => ds.query(`SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x`)));
  return parts.map((p) => p[0].h).join(":");
}
