import type { EntityManager } from "typeorm";
import { EnquiryStatus, Premises, PremisesEnquiry, PremisesStatus } from "../../../entities/premises";
import { Role, User } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { answersEnquiriesAbout } from "./premises.policy";
import { consume } from "../../rate-limit";
import { checkFirst } from "../pagination";
import { requireVerifiedPes } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";
import { isUuid, lockByIdOrNotFound } from "../../ids";
import { isForeignKeyViolation } from "../../db-errors";
import { findPremises } from "./premises.service";
import { mailEnquiry, mailEnquiryConfirmation, notifyEnquiryReply } from "./premises.mail";

/*
 * "I am interested": enquiries about premises — sending, the inboxes, replies and closing.
 */

export const MAX_ENQUIRY = 3000;

/**
 * Who receives the enquiries of premises — one rule for the e-mail, the in-app inbox and
 * what the premises page names: the official in charge (its owner) when it has one,
 * otherwise the contact address of the listing. (The page used to name the listing's
 * contact while the e-mail went to the owning official's account.)
 */
export function enquiryRecipient(
  premises: Pick<Premises, "contactName" | "contactEmail">,
  owner: Pick<User, "name" | "email"> | null,
): { name: string; email: string; official: boolean } | null {
  if (owner?.email) return { name: owner.name, email: owner.email.toLowerCase(), official: true };
  if (premises.contactEmail) return { name: premises.contactName || premises.contactEmail, email: premises.contactEmail.toLowerCase(), official: false };
  return null;
}

/**
 * "I am interested": a member of a verified PES writes to the official in charge of the
 * premises. A second enquiry while an earlier one waits is allowed (a follow-up may be
 * needed); the premises page shows the open one above the form, so it is never sent
 * unnoticed. Stored; the official (or, without one, the contact address) and the sender
 * get an e-mail in the same transaction. Rate-limited per account.
 */
export async function sendEnquiry(ctx: Context, premisesId: string, message: string): Promise<PremisesEnquiry> {
  const user = requireUser(ctx);
  const organizationId = await requireVerifiedPes(ctx);
  const text = (message ?? "").trim();
  if (text.length < 10) throw badInput({ message: "Write at least 10 characters" });
  if (text.length > MAX_ENQUIRY) throw badInput({ message: `At most ${MAX_ENQUIRY} characters` });
  const premises = await findPremises(ctx.db, premisesId);
  if (!premises || premises.status === PremisesStatus.WITHDRAWN) throw notFound("Premises");
  await consume("enquiry", user.id);
  const org = await ctx.loaders.organizationById.load(organizationId);
  try {
    return await ctx.db.transaction(async (em) => {
      const enquiry = em.getRepository(PremisesEnquiry).create({ premisesId, userId: user.id, organizationId, message: text });
      await em.save(enquiry);
      const owner = premises.ownerId ? await em.getRepository(User).findOneBy({ id: premises.ownerId }) : null;
      const to = enquiryRecipient(premises, owner);
      const sender = { name: user.name, email: user.email };
      if (to) await mailEnquiry(em, { enquiry, premises, sender, orgName: org?.name ?? "—", to: to.email });
      await mailEnquiryConfirmation(em, { enquiry, premises, sender });
      return enquiry;
    });
  } catch (err) {
    // The premises were deleted after they were read above (accounts and organisations are
    // never deleted, so the premises are the one reference that can be gone).
    if (isForeignKeyViolation(err)) throw notFound("Premises");
    throw err;
  }
}

/**
 * The enquiries inbox. An OFFICIAL sees those about the premises they own unless
 * `all` is set (one department: any official may answer); an ADMIN sees all by default.
 */
export async function listEnquiries(
  ctx: Context,
  args: { premisesId?: string | null; all?: boolean | null; first?: number | null },
): Promise<PremisesEnquiry[]> {
  const user = requireUser(ctx);
  const first = args.first ?? 50;
  checkFirst(first, "first", 200);
  if (args.premisesId != null && !isUuid(args.premisesId)) return [];
  const qb = ctx.db.getRepository(PremisesEnquiry).createQueryBuilder("e");
  if (args.premisesId) qb.andWhere("e.premises_id = :pid", { pid: args.premisesId });
  const all = args.all ?? user.role === Role.ADMIN;
  if (!all) qb.innerJoin(Premises, "p", "p.id = e.premises_id AND p.owner_id = :me", { me: user.id });
  return qb.orderBy("e.created_at", "DESC").addOrderBy("e.id", "DESC").limit(first).getMany();
}

/** The enquiries the signed-in person sent (about one premises when given), newest first. */
export async function myEnquiries(ctx: Context, premisesId?: string | null): Promise<PremisesEnquiry[]> {
  const user = requireUser(ctx);
  if (premisesId != null && !isUuid(premisesId)) return [];
  const where = premisesId ? { userId: user.id, premisesId } : { userId: user.id };
  return ctx.db.getRepository(PremisesEnquiry).find({ where, order: { createdAt: "DESC", id: "DESC" }, take: 200 });
}

/**
 * Only the official in charge of the premises (its owner) or an admin answers and closes
 * its enquiries; premises without an owner are answered by admins.
 */
async function enquiryForStaff(em: EntityManager, ctx: Context, id: string): Promise<{ enquiry: PremisesEnquiry; premises: Premises }> {
  const user = requireUser(ctx);
  if (!isUuid(id)) throw notFound("Enquiry");
  // The enquirer first (FOR KEY SHARE, as the reply's notification will): deleting an account
  // locks the person and then deletes their enquiries, so a reply that held the enquiry and
  // reached the person only when notifying them deadlocked with it (a 500) instead of waiting.
  await em.query(`SELECT u.id FROM users u JOIN premises_enquiries e ON e.user_id = u.id WHERE e.id = $1 FOR KEY SHARE OF u`, [id]);
  const enquiry = await lockByIdOrNotFound(em, PremisesEnquiry, id, "Enquiry");
  const premises = await em.getRepository(Premises).findOneByOrFail({ id: enquiry.premisesId });
  if (!answersEnquiriesAbout(user, premises)) throw forbidden("Only the official in charge of these premises or an admin answers its enquiries");
  return { enquiry, premises };
}

/**
 * The official answers an enquiry in the app: the reply is stored, e-mailed to the
 * enquirer (Reply-To: the official) and the enquiry becomes ANSWERED. A closed (HANDLED)
 * enquiry takes no more replies.
 */
export async function replyToEnquiry(ctx: Context, id: string, message: string): Promise<PremisesEnquiry> {
  const user = requireUser(ctx);
  const text = (message ?? "").trim();
  if (text.length < 2) throw badInput({ message: "Write the reply" });
  if (text.length > MAX_ENQUIRY) throw badInput({ message: `At most ${MAX_ENQUIRY} characters` });
  return ctx.db.transaction(async (em) => {
    const { enquiry, premises } = await enquiryForStaff(em, ctx, id);
    if (enquiry.status === EnquiryStatus.HANDLED) throw conflict("This enquiry is closed");
    const now = new Date();
    await em.getRepository(PremisesEnquiry).update({ id }, { reply: text, repliedAt: now, repliedById: user.id, status: EnquiryStatus.ANSWERED });
    await notifyEnquiryReply(em, { enquiry, premises, official: user, reply: text, at: now });
    await audit(em, user.id, "premises.enquiry.reply", "PremisesEnquiry", id, { premisesId: premises.id });
    return em.getRepository(PremisesEnquiry).findOneByOrFail({ id });
  });
}

/** The official closes an enquiry (NEW or ANSWERED → HANDLED); closing it again changes nothing. */
export async function markEnquiryHandled(ctx: Context, id: string): Promise<PremisesEnquiry> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const { enquiry } = await enquiryForStaff(em, ctx, id);
    if (enquiry.status === EnquiryStatus.HANDLED) return enquiry;
    await em.getRepository(PremisesEnquiry).update({ id }, { status: EnquiryStatus.HANDLED, handledAt: new Date() });
    await audit(em, user.id, "premises.enquiry.handled", "PremisesEnquiry", id, { premisesId: enquiry.premisesId });
    return em.getRepository(PremisesEnquiry).findOneByOrFail({ id });
  });
}
