import type { EntityManager } from "typeorm";
import { TrainingInvitation, type Training } from "../../../entities/trainings";
import { audit } from "../../audit";
import { enqueueTextMails } from "../../mail/mail.service";
import type { Context } from "../../context";
import { badInput, conflict } from "../../errors";
import { isUuid } from "../../ids";
import type { TrainingInvitationInput } from "./trainings.inputs";
import { invitationMail } from "./trainings.mail";
import { findTrainingIn } from "./trainings.organiser";
import { requireOrganiser } from "./trainings.policy";

/** What an invitation round did: addresses e-mailed now, and those invited before (not e-mailed again). */
export interface InvitationOutcome {
  invited: number;
  skipped: number;
}

interface Invitee {
  email: string;
  organizationName: string | null;
}

/**
 * The verified PES of the chosen activities or districts: each organisation's contact
 * address and its active members' accounts (deleted accounts never).
 */
async function organisationInvitees(em: EntityManager, categories: string[], districts: string[]): Promise<Invitee[]> {
  if (!categories.length && !districts.length) return [];
  return em.query(
    `WITH chosen AS (
       SELECT o.id, o.name, o.email FROM organizations o
        WHERE o.verified AND (o.activities && $1::text[] OR o.district = ANY($2::text[])))
     SELECT DISTINCT ON (lower(e.email)) lower(e.email) AS email, e.name AS "organizationName" FROM (
       SELECT c.email, c.name FROM chosen c WHERE c.email IS NOT NULL
       UNION ALL
       SELECT u.email, c.name FROM chosen c
         JOIN organization_memberships m ON m.organization_id = c.id AND m.status = 'ACTIVE'
         JOIN users u ON u.id = m.user_id AND u.deleted_at IS NULL
     ) e ORDER BY lower(e.email), e.name`,
    [categories, districts],
  );
}

/**
 * Organisers invite the verified PES of chosen activities or districts and pasted
 * addresses to a training that is still ahead: one e-mail per address, each address once
 * per training (the unique index decides under concurrency), in the recipient's language
 * when they have an account.
 */
export async function inviteToTraining(ctx: Context, trainingId: string, input: TrainingInvitationInput): Promise<InvitationOutcome> {
  const user = requireOrganiser(ctx);
  const categories = [...new Set((input.categories ?? []).map((c) => c.trim()).filter(Boolean))];
  const districts = [...new Set(input.districts ?? [])];
  const pasted = [...new Set((input.emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean))];
  if (!categories.length && !districts.length && !pasted.length) {
    throw badInput({ emails: "Choose categories or districts, or paste addresses" });
  }
  return ctx.db.transaction(async (em) => {
    const t = await findTrainingIn(em, trainingId);
    if (t.cancelledAt || t.endsAt <= new Date()) throw conflict("The training was cancelled or has ended");
    const fromOrgs = await organisationInvitees(em, categories, districts);
    const all = new Map<string, Invitee>(fromOrgs.map((i) => [i.email, i]));
    for (const email of pasted) if (!all.has(email)) all.set(email, { email, organizationName: null });
    const invitees = [...all.values()];
    const fresh = await recordInvitations(em, t, invitees, user.id);
    await mailInvitations(em, t, fresh);
    await audit(em, user.id, "training.invite", "Training", t.id, { invited: fresh.length, skipped: invitees.length - fresh.length, categories, districts, pasted: pasted.length });
    return { invited: fresh.length, skipped: invitees.length - fresh.length };
  });
}

/** Inserts the invitations not made before; returns the addresses that are new. */
async function recordInvitations(em: EntityManager, t: Training, invitees: Invitee[], by: string): Promise<string[]> {
  if (!invitees.length) return [];
  const rows: { email: string }[] = await em.query(
    `INSERT INTO training_invitations (training_id, email, organization_name, invited_by_id)
     SELECT $1, e.email, e.org, $4 FROM unnest($2::text[], $3::text[]) AS e(email, org)
     ON CONFLICT (training_id, email) DO NOTHING RETURNING email`,
    [t.id, invitees.map((i) => i.email), invitees.map((i) => i.organizationName), by],
  );
  return rows.map((r) => r.email);
}

async function mailInvitations(em: EntityManager, t: Training, emails: string[]): Promise<void> {
  if (!emails.length) return;
  const accounts: { email: string; name: string; locale: string }[] = await em.query(
    `SELECT lower(email) AS email, name, locale FROM users WHERE lower(email) = ANY($1::text[]) AND deleted_at IS NULL`,
    [emails],
  );
  const known = new Map(accounts.map((a) => [a.email, a]));
  await enqueueTextMails(
    em,
    emails.map((email) => invitationMail(t, known.get(email) ?? { email, name: null, locale: "pl" })),
  );
}

/** The invitations of a training, newest first: for its organisers only. */
export async function trainingInvitations(ctx: Context, trainingId: string): Promise<TrainingInvitation[]> {
  requireOrganiser(ctx);
  if (!isUuid(trainingId)) return [];
  return ctx.db.getRepository(TrainingInvitation).find({ where: { trainingId }, order: { createdAt: "DESC", email: "ASC" }, take: 2000 });
}
