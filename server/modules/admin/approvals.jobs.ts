import type { DataSource } from "typeorm";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import type { Job } from "../module";

export const DIGEST_TEMPLATE = "admin.approvals-digest";
/** At most one digest per this interval, across all app nodes. */
export const DIGEST_INTERVAL_MS = 3_600_000;

/**
 * E-mails every admin one digest of what waits for a decision (officials' accounts and
 * new organisations) — only when something arrived since the last digest, and at most
 * once an hour. The transaction-scoped advisory lock makes concurrent runs on several
 * nodes take turns; the second then sees the first one's digest and sends nothing.
 * Returns how many digests were queued.
 */
export async function sendApprovalsDigest(db: DataSource, now = new Date()): Promise<number> {
  return db.transaction(async (em) => {
    await em.query("SELECT pg_advisory_xact_lock(hashtext('pestor-approvals-digest'))");
    const [{ last }] = await em.query(`SELECT max(created_at) AS last FROM mail_messages WHERE template = $1`, [DIGEST_TEMPLATE]);
    if (last && now.getTime() - new Date(last).getTime() < DIGEST_INTERVAL_MS) return 0;
    const since = last ? new Date(last) : new Date(0);
    const officials: { name: string; email: string; created_at: Date }[] = await em.query(
      `SELECT name, email, created_at FROM users
        WHERE approval_status = 'PENDING' AND deleted_at IS NULL ORDER BY created_at LIMIT 100`,
    );
    const organizations: { name: string; created_at: Date }[] = await em.query(
      `SELECT name, created_at FROM organizations WHERE verified = false AND rejected_at IS NULL ORDER BY created_at LIMIT 100`,
    );
    const fresh = [...officials, ...organizations].some((x) => new Date(x.created_at) > since);
    if (!fresh) return 0;
    const admins: { email: string }[] = await em.query(`SELECT email FROM users WHERE role = 'ADMIN' AND deleted_at IS NULL`);
    const lines = [
      officials.length ? `Konta urzędników (${officials.length}):\n${officials.map((o) => `- ${o.name} <${o.email}>`).join("\n")}` : "",
      organizations.length ? `Nowe organizacje (${organizations.length}):\n${organizations.map((o) => `- ${o.name}`).join("\n")}` : "",
    ].filter(Boolean);
    const text = `Dzień dobry,\n\nna decyzję administratora czekają:\n\n${lines.join("\n\n")}\n\nZatwierdź albo odrzuć z podaniem powodu: ${appLink("/admin/approvals")}`;
    for (const a of admins) {
      await enqueueTextMail(em, {
        to: a.email,
        subject: `PES-TOR: ${officials.length + organizations.length} zgłoszeń czeka na weryfikację`,
        text,
        template: DIGEST_TEMPLATE,
        dedupeKey: `approvals-digest:${now.toISOString().slice(0, 13)}:${a.email}`,
      });
    }
    return admins.length;
  });
}

export const approvalsJobs: Job[] = [{ name: "admin.approvals-digest", everySeconds: 300, run: async (db) => void (await sendApprovalsDigest(db)) }];
