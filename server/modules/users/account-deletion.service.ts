import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { MemberRole, MembershipStatus, OrganizationMembership } from "../../../entities/organizations";
import { AccountType, ApprovalStatus, Role, User } from "../../../entities/users";
import type { Context } from "../../context";
import { conflict } from "../../errors";
import { checkCurrentPassword } from "./account-lifecycle.service";
import { cancelOpenRegistrationsOf } from "../trainings/trainings.registrations";
import { escapeLike } from "../pagination";
import { forgetChangedRows } from "../../result-cache";
import { lockOneWhere } from "../../ids";

/** What an erased account is called wherever the programme still shows who did something. */
export const DELETED_NAME = "Usunięte konto";
const SCRUBBED = "[usunięto]";

/**
 * Where the platform holds personal data of a person (every entity in entities/, checked
 * for the RODO erasure) and what {@link deleteMyAccount} does with it:
 *
 * - `users`: email, name, password_hash, terms/approval fields → replaced by a placeholder
 *   address `deleted-<uuid>@invalid`, {@link DELETED_NAME}, an unusable hash; `deleted_at`
 *   set (the session callback and the request context treat such a user as nobody). The
 *   row stays so that records the programme keeps point to an anonymous account.
 * - `organization_memberships` (incl. `title`): deleted. The last active owner of an
 *   organisation with other active members gets CONFLICT until ownership is handed over.
 * - `organizations.email`: cleared when it is the person's own address (the organisation's
 *   other data belongs to the organisation and stays).
 * - `registrations`: live ones for trainings not yet started are cancelled through the
 *   trainings service (waiting lists move up); the rest stay as attendance records; the
 *   `answers` (dietary, accessibility needs) of all of them are erased.
 * - `premises_viewing_bookings`: live ones for viewings not yet begun are cancelled (the
 *   place is free again); the rest stay, pointing to the anonymised row.
 * - `premises_letting_applications`, `demand_questions`: the organisation's application and
 *   the demand's public questions stay, pointing to the anonymised row.
 * - `premises_enquiries` (message): deleted. `premises_saved_searches`: deleted.
 *   `premises.contact_name/contact_email` equal to the person's: cleared.
 * - `newsletter_subscribers` with the person's address: deleted. `demand_subscriptions`: deleted.
 * - `notifications`, `notification_preferences` and `follows`: deleted.
 * - `item_requests` (message): open ones withdrawn (a reserved notice becomes available
 *   again); the messages of all are erased.
 * - `bookings` (message, return note): open ones not yet handed over cancelled; messages erased.
 * - `equipment_notices` owned by the person (not by an organisation): closed, their
 *   description erased, open requests and bookings of others on them declined/rejected.
 *   Notices of an organisation stay with the organisation.
 * - `offers`, `demands`, `marketplace_attachments`, `trainings`, `news_*`, `programme_*`,
 *   `newsletter_issues`, `premises.owner_id`: the programme keeps them; they refer to the
 *   anonymised user row only by id.
 * - `audit_log`: entries stay (actor id → the anonymised row); the address and name are
 *   scrubbed from their JSON `data`.
 * - `mail_messages`: unsent mail to the person is deleted; sent mail to them keeps only
 *   its date and template; the address and name are scrubbed from mail to anyone else
 *   (e.g. an official's copy of an enquiry).
 * - `cache_change_rows` (the result cache's copies of changed premises and notices, ten
 *   minutes at most): all deleted, and the erasure's own changes are not kept.
 * - Search: the index is built from the public tables at query time (premises and the
 *   marketplace's notices, requests and products keep only their own folded text, refolded by
 *   a trigger whenever it changes), so a closed notice and an erased name leave it with them.
 *
 * All of it happens in one transaction; nothing changes when any part is refused.
 */
export async function deleteMyAccount(ctx: Context, password: string): Promise<boolean> {
  const me = await checkCurrentPassword(ctx, "password", String(password ?? ""));
  await ctx.db.transaction(async (em) => {
    const user = await lockOneWhere(em, User, "row.id = :id AND row.deleted_at IS NULL", { id: me.id });
    if (!user) return;
    await forgetChangedRows(em);
    await leaveOrganization(em, user.id);
    await cancelOpenRegistrationsOf(em, user.id);
    await withdrawMarketplace(em, user.id);
    await eraseTraces(em, user);
    await em.update(User, user.id, {
      email: `deleted-${randomUUID()}@invalid`,
      name: DELETED_NAME,
      // Not a bcrypt hash: no password ever matches it.
      passwordHash: "!deleted",
      // The city identity is personal data too, and a later city sign-in must not find this row.
      oidcSubject: null,
      role: Role.RESIDENT,
      accountType: AccountType.RESIDENT,
      approvalStatus: ApprovalStatus.NONE,
      approvalReason: null,
      approvalDecidedAt: null,
      termsVersion: null,
      termsAcceptedAt: null,
      deletedAt: new Date(),
    });
  });
  return true;
}

async function leaveOrganization(em: EntityManager, userId: string): Promise<void> {
  const mine = await em
    .getRepository(OrganizationMembership)
    .createQueryBuilder("m")
    .setLock("pessimistic_write")
    .where("m.user_id = :userId AND m.status = :active AND m.role = :owner", {
      userId,
      active: MembershipStatus.ACTIVE,
      owner: MemberRole.OWNER,
    })
    .getOne();
  if (mine) {
    // Lock the organisation's memberships so a concurrent hand-over is seen or waits.
    const [{ owners, others }] = await em.query(
      `SELECT count(*) FILTER (WHERE role = 'OWNER')::int AS owners, count(*)::int AS others
         FROM (SELECT role FROM organization_memberships
                WHERE organization_id = $1 AND user_id <> $2 AND status = 'ACTIVE' FOR UPDATE) m`,
      [mine.organizationId, userId],
    );
    if (others > 0 && owners === 0) {
      throw conflict("You are the last owner of your organisation: hand the ownership over to another member first");
    }
  }
  await em.delete(OrganizationMembership, { userId });
}

async function withdrawMarketplace(em: EntityManager, userId: string): Promise<void> {
  // Open requests of the person; an accepted one had reserved the notice for them.
  await em.query(
    `UPDATE equipment_notices n SET status = 'AVAILABLE', updated_at = now()
       FROM item_requests r
      WHERE r.notice_id = n.id AND r.requester_id = $1 AND r.status = 'ACCEPTED'
        AND r.handed_over_at IS NULL AND n.status = 'RESERVED'`,
    [userId],
  );
  await em.query(
    `UPDATE item_requests SET status = 'WITHDRAWN', decided_at = coalesce(decided_at, now())
      WHERE requester_id = $1 AND status IN ('REQUESTED', 'ACCEPTED') AND handed_over_at IS NULL`,
    [userId],
  );
  await em.query(`UPDATE item_requests SET message = $2 WHERE requester_id = $1`, [userId, SCRUBBED]);
  await em.query(
    `UPDATE bookings SET status = 'CANCELLED', updated_at = now()
      WHERE borrower_id = $1 AND status IN ('REQUESTED', 'APPROVED') AND handed_over_at IS NULL`,
    [userId],
  );
  await em.query(`UPDATE bookings SET message = NULL, return_note = NULL WHERE borrower_id = $1`, [userId]);
  // The person's private notices close; what others asked of them is declined.
  const own: { id: string }[] = await em.query(
    `SELECT id FROM equipment_notices WHERE owner_user_id = $1 AND owner_organization_id IS NULL FOR UPDATE`,
    [userId],
  );
  const ids = own.map((n) => n.id);
  if (ids.length) {
    await em.query(
      `UPDATE equipment_notices SET status = 'CLOSED', description = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    await em.query(
      `UPDATE item_requests SET status = 'DECLINED', decided_at = now()
        WHERE notice_id = ANY($1::uuid[]) AND status IN ('REQUESTED', 'ACCEPTED') AND handed_over_at IS NULL`,
      [ids],
    );
    await em.query(
      `UPDATE bookings SET status = 'REJECTED', decided_at = now(), updated_at = now()
        WHERE notice_id = ANY($1::uuid[]) AND status IN ('REQUESTED', 'APPROVED') AND handed_over_at IS NULL`,
      [ids],
    );
  }
}

/** The person's address and name as they appear inside a JSON text (quotes and backslashes escaped). */
function jsonText(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

async function eraseTraces(em: EntityManager, user: User): Promise<void> {
  const email = user.email.toLowerCase();
  // A very short name would match inside unrelated words; the address always identifies.
  const needles = [email, ...(user.name.trim().length >= 4 ? [user.name.trim()] : [])];
  await em.query(`DELETE FROM premises_saved_searches WHERE user_id = $1`, [user.id]);
  await em.query(`DELETE FROM demand_subscriptions WHERE user_id = $1`, [user.id]);
  await em.query(`DELETE FROM notifications WHERE user_id = $1`, [user.id]);
  await em.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [user.id]);
  await em.query(`DELETE FROM follows WHERE user_id = $1`, [user.id]);
  await em.query(`DELETE FROM premises_enquiries WHERE user_id = $1`, [user.id]);
  await em.query(`DELETE FROM newsletter_subscribers WHERE lower(email) = $1`, [email]);
  await em.query(`UPDATE registrations SET answers = '{}'::jsonb WHERE user_id = $1`, [user.id]);
  await em.query(
    `UPDATE premises_viewing_bookings b SET cancelled_at = now() FROM premises_viewing_slots s
      WHERE s.id = b.slot_id AND b.user_id = $1 AND b.cancelled_at IS NULL AND s.starts_at > now()`,
    [user.id],
  );
  await em.query(`UPDATE organizations SET email = NULL WHERE lower(email) = $1`, [email]);
  await em.query(`UPDATE premises SET contact_email = NULL WHERE lower(contact_email) = $1`, [email]);
  await em.query(`UPDATE premises SET contact_name = NULL WHERE contact_name = $1`, [user.name]);
  // The outbox: unsent mail to the person goes; sent mail keeps only that it was sent.
  await em.query(`DELETE FROM mail_messages WHERE lower("to") = $1 AND status <> 'SENT'`, [email]);
  await em.query(
    `UPDATE mail_messages SET "to" = 'deleted@invalid', subject = $2::text, text = $2::text, html = NULL,
            headers = '{}'::jsonb, attachments = '[]'::jsonb, last_error = NULL
      WHERE lower("to") = $1`,
    [email, SCRUBBED],
  );
  for (const needle of needles) {
    const like = `%${escapeLike(needle)}%`;
    // Case-insensitive: people type addresses and names in any case inside texts.
    await em.query(
      `UPDATE mail_messages
          SET subject = left(regexp_replace(subject, $1, $2, 'gi'), 300),
              text = regexp_replace(text, $1, $2, 'gi'), html = regexp_replace(html, $1, $2, 'gi')
        WHERE subject ILIKE $3 OR text ILIKE $3 OR html ILIKE $3`,
      [regexQuote(needle), SCRUBBED, like],
    );
    const jsonLike = `%${escapeLike(jsonText(needle))}%`;
    await em.query(
      `UPDATE audit_log SET data = regexp_replace(data::text, $1, $2, 'gi')::jsonb WHERE data::text ILIKE $3`,
      [regexQuote(jsonText(needle)), SCRUBBED, jsonLike],
    );
  }
}

function regexQuote(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
