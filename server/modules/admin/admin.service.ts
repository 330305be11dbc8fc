import type { DataSource } from "typeorm";
import { MembershipStatus, OrganizationMembership } from "../../../entities/organizations";
import { AuditEntry, MailMessage } from "../../../entities/system";
import { AccountType, ApprovalStatus, Role, User } from "../../../entities/users";
import { audit } from "../../audit";
import { endSessions } from "../../auth/session";
import type { Context } from "../../context";
import { badInput, conflict, notFound } from "../../errors";
import { isUuid, lockByIdOrNotFound } from "../../ids";
import { requireUser } from "../../auth/require-user";
import { OutboxMessage } from "./outbox.dto";
import { MAX_REASON, mailOfficialDecision, pendingOrganizations, rejectionReason } from "./approvals.service";
import { likePattern } from "../pagination";

export async function pendingApprovals(db: DataSource) {
  const [officials, organizations, memberships] = await Promise.all([
    db.getRepository(User).find({ where: { approvalStatus: ApprovalStatus.PENDING }, order: { createdAt: "ASC" }, take: 200 }),
    pendingOrganizations(db),
    db.getRepository(OrganizationMembership).find({ where: { status: MembershipStatus.PENDING }, order: { createdAt: "ASC" }, take: 200 }),
  ]);
  return { officials, organizations, memberships };
}

/**
 * An admin accepts or refuses an official account; accepted = role OFFICIAL at once. A
 * refusal needs a reason, which the e-mail and the person's account page show.
 */
export async function decideOfficial(ctx: Context, userId: string, approve: boolean, reason?: string | null): Promise<User> {
  const actor = requireUser(ctx);
  const why = approve ? (reason?.trim() ? rejectionReasonOrNull(reason) : null) : rejectionReason(reason);
  return ctx.db.transaction(async (em) => {
    // Locked: of two admins deciding at once, the second waits and finds the account decided.
    const user = await lockByIdOrNotFound(em, User, userId, "User");
    if (user.accountType !== AccountType.OFFICIAL || user.approvalStatus !== ApprovalStatus.PENDING) {
      throw conflict("This account is not waiting for approval");
    }
    user.approvalStatus = approve ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
    user.approvalReason = why;
    user.approvalDecidedAt = new Date();
    // Granting the role the person applied for keeps their sessions (they see the back
    // office on their next page); setUserRole, which can take rights away, ends them.
    if (approve && user.role === Role.RESIDENT) user.role = Role.OFFICIAL;
    await em.save(user);
    await audit(em, actor.id, approve ? "official.approve" : "official.reject", "User", user.id, why ? { reason: why } : undefined);
    await mailOfficialDecision(em, user);
    return user;
  });
}

/** An optional note with an approval: bounded like a reason. */
function rejectionReasonOrNull(reason: string): string {
  if (reason.trim().length > MAX_REASON) throw badInput({ reason: `At most ${MAX_REASON} characters` });
  if (reason.includes("\u0000")) throw badInput({ reason: "Contains a NUL character" });
  return reason.trim();
}

/** An admin changes anyone's role; every session of that account ends (they sign in again with the new role). */
export async function setUserRole(ctx: Context, userId: string, role: Role): Promise<User> {
  const actor = requireUser(ctx);
  if (!isUuid(userId)) throw notFound("User");
  if (actor.id === userId && role !== Role.ADMIN) {
    throw badInput({ role: "You cannot take away your own admin role" });
  }
  return ctx.db.transaction(async (em) => {
    const user = await em.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound("User");
    const from = user.role;
    user.role = role;
    await em.save(user);
    if (from !== role) await endSessions(em, user.id);
    await audit(em, actor.id, "user.set-role", "User", user.id, { from, to: role });
    return user;
  });
}

export async function listUsers(db: DataSource, search: string, first: number, offset: number) {
  const qb = db.getRepository(User).createQueryBuilder("u").orderBy("u.created_at", "DESC").addOrderBy("u.id").take(first).skip(offset);
  const q = search.trim().slice(0, 100);
  if (q) qb.where("u.email ILIKE :q OR u.name ILIKE :q", { q: likePattern(q) });
  const [items, total] = await qb.getManyAndCount();
  return { items, total };
}

export async function auditLog(db: DataSource, first: number, offset: number) {
  const [items, total] = await db
    .getRepository(AuditEntry)
    .findAndCount({ order: { createdAt: "DESC", id: "ASC" }, take: first, skip: offset });
  return { items, total };
}

/**
 * The mail queue, newest first; without SMTP it is the development outbox where people
 * (and the browser tests) read the e-mails the platform sent. `to` filters by recipient,
 * case-insensitively and exactly (addresses are stored lower-cased).
 */
export async function outbox(db: DataSource, first: number, offset: number, to?: string | null) {
  const qb = db
    .getRepository(MailMessage)
    .createQueryBuilder("m")
    .orderBy("m.created_at", "DESC")
    .addOrderBy("m.id", "ASC")
    .take(first)
    .skip(offset);
  const recipient = to?.trim().toLowerCase();
  if (recipient) qb.where("m.to = :to", { to: recipient });
  const [rows, total] = await qb.getManyAndCount();
  return { items: rows.map(OutboxMessage.from), total };
}
