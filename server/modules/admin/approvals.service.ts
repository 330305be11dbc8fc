import { IsNull, type DataSource, type EntityManager } from "typeorm";
import { MemberRole, MembershipStatus, Organization, OrganizationMembership } from "../../../entities/organizations";
import { AccountType, ApprovalStatus, Role, User } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, conflict, notFound } from "../../errors";
import { isUuid, lockByIdOrNotFound } from "../../ids";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { requireUser } from "../../auth/require-user";

export const MAX_REASON = 1000;

/** A refusal must say why (it is e-mailed to the applicant and shown on their account page). */
export function rejectionReason(reason: string | null | undefined): string {
  const r = String(reason ?? "").trim();
  if (r.length < 3) throw badInput({ reason: "Say why (at least 3 characters): the applicant reads it" });
  if (r.length > MAX_REASON) throw badInput({ reason: `At most ${MAX_REASON} characters` });
  if (r.includes("\u0000")) throw badInput({ reason: "Contains a NUL character" });
  return r;
}

/** How many decisions wait for an admin: officials' accounts, organisations and requests to join. */
export async function pendingApprovalCount(db: DataSource): Promise<number> {
  const [{ n }] = await db.query(
    `SELECT (SELECT count(*) FROM users WHERE approval_status = 'PENDING' AND deleted_at IS NULL)
          + (SELECT count(*) FROM organizations WHERE verified = false AND rejected_at IS NULL)
          + (SELECT count(*) FROM organization_memberships WHERE status = 'PENDING') AS n`,
  );
  return Number(n);
}

/** Organisations that wait for verification (refused ones have left the queue). */
export function pendingOrganizations(db: DataSource): Promise<Organization[]> {
  return db.getRepository(Organization).find({ where: { verified: false, rejectedAt: IsNull() }, order: { createdAt: "ASC" }, take: 200 });
}

/** Who registered an organisation: its first owner. */
export async function organizationApplicant(db: DataSource, organizationId: string): Promise<User | null> {
  const m = await db.getRepository(OrganizationMembership).findOne({
    where: { organizationId, role: MemberRole.OWNER },
    order: { createdAt: "ASC" },
  });
  return m ? db.getRepository(User).findOneBy({ id: m.userId }) : null;
}

async function ownerAddresses(em: EntityManager, organizationId: string): Promise<{ email: string; name: string }[]> {
  return em.query(
    `SELECT u.email, u.name FROM organization_memberships m JOIN users u ON u.id = m.user_id
      WHERE m.organization_id = $1 AND m.role = 'OWNER' AND m.status = 'ACTIVE' AND u.deleted_at IS NULL`,
    [organizationId],
  );
}

/** The e-mail that tells an official whether their account was approved, and why not. */
export async function mailOfficialDecision(em: EntityManager, user: User): Promise<void> {
  const approve = user.approvalStatus === ApprovalStatus.APPROVED;
  const text = approve
    ? `Dzień dobry ${user.name},\n\nTwoje konto urzędnika zostało zatwierdzone: ${appLink("/admin")}`
    : `Dzień dobry ${user.name},\n\nTwoje konto urzędnika nie zostało zatwierdzone. Pozostaje kontem mieszkańca.\n\n` +
      `Powód: ${user.approvalReason ?? "—"}\n\nJeśli to pomyłka, odpowiedz na tę wiadomość albo napisz do administratora platformy. ` +
      `Stan konta: ${appLink("/account")}`;
  await enqueueTextMail(em, {
    to: user.email,
    subject: approve ? "Konto urzędnika zatwierdzone" : "Konto urzędnika nie zostało zatwierdzone",
    text,
    template: "admin.official-decision",
    dedupeKey: `official:${user.id}:${user.approvalStatus}:${user.approvalDecidedAt?.getTime() ?? 0}`,
  });
}

/** Tells an organisation's owners that it was verified. Called in the verifying transaction. */
export async function mailOrganizationVerified(em: EntityManager, org: Organization): Promise<void> {
  for (const o of await ownerAddresses(em, org.id)) {
    const text = `Dzień dobry ${o.name},\n\norganizacja „${org.name}” została zweryfikowana. Jej członkowie mogą już działać w jej imieniu: ${appLink("/account")}`;
    await enqueueTextMail(em, {
      to: o.email,
      subject: "Organizacja zweryfikowana",
      text,
      template: "admin.organization-decision",
      dedupeKey: `organization:${org.id}:verified:${org.verifiedAt?.getTime() ?? 0}:${o.email}`,
    });
  }
}

/**
 * ADMIN: refuses to verify an organisation with a reason, which is e-mailed to its owners
 * and shown on their account page; the organisation leaves the approvals queue.
 */
export async function rejectOrganization(ctx: Context, id: string, reason: string): Promise<Organization> {
  const actor = requireUser(ctx);
  const why = rejectionReason(reason);
  if (!isUuid(id)) throw notFound("Organization");
  return ctx.db.transaction(async (em) => {
    const org = await lockByIdOrNotFound(em, Organization, id, "Organization");
    if (org.verified || org.rejectedAt) throw conflict("This organisation is not waiting for verification");
    org.rejectedAt = new Date();
    org.rejectionReason = why;
    await em.save(org);
    await audit(em, actor.id, "organization.reject", "Organization", org.id, { reason: why });
    for (const o of await ownerAddresses(em, org.id)) {
      const text =
        `Dzień dobry ${o.name},\n\norganizacja „${org.name}” nie została zweryfikowana.\n\nPowód: ${why}\n\n` +
        `Możesz poprawić jej dane i napisać do administratora platformy: ${appLink("/account")}`;
      await enqueueTextMail(em, {
        to: o.email,
        subject: "Organizacja nie została zweryfikowana",
        text,
        template: "admin.organization-decision",
        dedupeKey: `organization:${org.id}:rejected:${org.rejectedAt.getTime()}:${o.email}`,
      });
    }
    return org;
  });
}

export type ApprovalKind = "NONE" | "OFFICIAL" | "ORGANIZATION" | "MEMBERSHIP";
export type ApprovalState = "NONE" | "PENDING" | "APPROVED" | "REJECTED";

/**
 * What the signed-in person waits for, for /account: an official account, their new
 * organisation's verification, or a request to join one — with its state and reason.
 */
export async function myApproval(ctx: Context): Promise<{
  kind: ApprovalKind;
  state: ApprovalState;
  reason: string | null;
  organizationName: string | null;
  since: Date | null;
}> {
  const user = requireUser(ctx);
  const none = { kind: "NONE" as const, state: "NONE" as const, reason: null, organizationName: null, since: null };
  if (user.accountType === AccountType.OFFICIAL && user.role !== Role.ADMIN) {
    return {
      kind: "OFFICIAL",
      state: user.approvalStatus === ApprovalStatus.NONE ? "PENDING" : user.approvalStatus,
      reason: user.approvalStatus === ApprovalStatus.REJECTED ? user.approvalReason : null,
      organizationName: null,
      since: user.approvalDecidedAt ?? user.createdAt,
    };
  }
  const m = await ctx.loaders.membershipByUserId.load(user.id);
  if (!m) return none;
  const org = await ctx.db.getRepository(Organization).findOneBy({ id: m.organizationId });
  if (!org) return none;
  if (m.status === MembershipStatus.PENDING) {
    return { kind: "MEMBERSHIP", state: "PENDING", reason: null, organizationName: org.name, since: m.createdAt };
  }
  if (m.role === MemberRole.OWNER || !org.verified) {
    const state: ApprovalState = org.verified ? "APPROVED" : org.rejectedAt ? "REJECTED" : "PENDING";
    return {
      kind: "ORGANIZATION",
      state,
      reason: state === "REJECTED" ? org.rejectionReason : null,
      organizationName: org.name,
      since: org.verifiedAt ?? org.rejectedAt ?? org.createdAt,
    };
  }
  return { kind: "MEMBERSHIP", state: "APPROVED", reason: null, organizationName: org.name, since: m.createdAt };
}
