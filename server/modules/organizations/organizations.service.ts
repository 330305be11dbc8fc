import type { DataSource, EntityManager } from "typeorm";
import {
  MemberRole,
  MembershipStatus,
  Organization,
  OrganizationMembership,
} from "../../../entities/organizations";
import { isDistrict } from "../../../entities/districts";
import { AccountType, Role, User } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { findByIdOrNotFound, isUuid, lockByIdOrNotFound } from "../../ids";
import { krsDigits, nipDigits, slugify } from "../../../entities/identifiers";
import { isUniqueViolation } from "../../db-errors";
import { isOrganizationOwner } from "./organizations.policy";
import { requireUser } from "../../auth/require-user";
import type { OrganizationRegistrationInput } from "./organizations.inputs";
import { mailOrganizationVerified } from "../admin/approvals.service";
import { likePattern } from "../pagination";

async function uniqueSlug(em: EntityManager, name: string): Promise<string> {
  const base = slugify(name, 200) || "organizacja";
  const taken = await em
    .getRepository(Organization)
    .createQueryBuilder("o")
    .select("o.slug", "slug")
    .where("o.slug = :base OR o.slug LIKE :pattern", { base, pattern: `${base}-%` })
    .getRawMany<{ slug: string }>();
  const set = new Set(taken.map((t) => t.slug));
  if (!set.has(base)) return base;
  for (let i = 2; ; i++) if (!set.has(`${base}-${i}`)) return `${base}-${i}`;
}

function requirePesAccount(user: User): void {
  if (user.accountType !== AccountType.PES && user.role !== Role.ADMIN) {
    throw forbidden("Only PES accounts represent organisations");
  }
}

async function requireNoLiveMembership(em: EntityManager, userId: string): Promise<void> {
  const live = await em
    .getRepository(OrganizationMembership)
    .createQueryBuilder("m")
    .where("m.user_id = :userId AND m.status <> :r", { userId, r: MembershipStatus.REJECTED })
    .getExists();
  if (live) throw alreadyMember();
}

const alreadyMember = () => conflict("You already belong to (or asked to join) an organisation");

/**
 * Runs `transaction`, which gives the person a live membership after
 * {@link requireNoLiveMembership}. That check cannot see a membership still being saved
 * (a double click, or registering and joining at once); the unique index then refuses
 * the second, which is the same refusal.
 */
async function asFirstLiveMembership<T>(transaction: () => Promise<T>): Promise<T> {
  try {
    return await transaction();
  } catch (err) {
    if (isUniqueViolation(err, "UQ_memberships_live_user")) throw alreadyMember();
    throw err;
  }
}

/** Makes a person a PES member once their membership is active in a verified organisation. */
async function promoteIfReady(em: EntityManager, m: OrganizationMembership): Promise<void> {
  const org = await em.getRepository(Organization).findOneBy({ id: m.organizationId });
  if (!org?.verified || m.status !== MembershipStatus.ACTIVE) return;
  await moveRole(em, [m.userId], Role.RESIDENT, Role.PES_MEMBER);
}

/**
 * Locks the person of membership `id` (FOR NO KEY UPDATE: the change may move their role),
 * to be called before the membership is locked or changed. Deleting an account locks the
 * person and then deletes their memberships; a change that took the membership first and
 * the person only with their role deadlocked with it (a 500) instead of waiting.
 */
export async function lockPersonOfMembership(em: EntityManager, id: string): Promise<void> {
  await em.query(`SELECT u.id FROM users u JOIN organization_memberships m ON m.user_id = u.id WHERE m.id = $1 FOR NO KEY UPDATE OF u`, [id]);
}

/** Moves these people from role `from` to `to`; whoever has another role (an official, an admin) keeps it. */
export async function moveRole(em: EntityManager, userIds: string[], from: Role, to: Role): Promise<void> {
  await em.createQueryBuilder().update(User).set({ role: to }).where("id IN (:...ids) AND role = :from", { ids: userIds, from }).execute();
}

/** How often a registration whose address another one took meanwhile picks the next free one. */
const SLUG_ATTEMPTS = 3;

const nipTaken = () => conflict("An organisation with this NIP is already in the directory; ask to join it instead");

/**
 * A PES account adds its organisation to the directory; an admin verifies it later. Two
 * organisations of one name registered at the same moment both pick the same free
 * address, and the unique index lets only the first in: the other is run again and takes
 * the next one.
 */
export async function registerOrganization(
  ctx: Context,
  input: OrganizationRegistrationInput,
): Promise<Organization> {
  const user = requireUser(ctx);
  requirePesAccount(user);
  if (input.district && !isDistrict(input.district)) throw badInput({ district: "Unknown district" });
  // Stored as digits, so that "956-137-36-77" and "9561373677" are one NIP to the check and the index.
  const nip = input.nip?.trim() ? nipDigits(input.nip) : null;
  const krs = input.krs?.trim() ? krsDigits(input.krs) : null;
  const register = () =>
    ctx.db.transaction(async (em) => {
      await requireNoLiveMembership(em, user.id);
      if (nip && (await em.getRepository(Organization).existsBy({ nip }))) throw nipTaken();
      const org = em.getRepository(Organization).create({
        ...input,
        nip,
        krs,
        slug: await uniqueSlug(em, input.name),
        verified: false,
      });
      await em.save(org);
      await em.insert(OrganizationMembership, {
        userId: user.id,
        organizationId: org.id,
        role: MemberRole.OWNER,
        status: MembershipStatus.ACTIVE,
      });
      await audit(em, user.id, "organization.register", "Organization", org.id, { name: org.name });
      return org;
    });
  for (let attempt = 1; ; attempt++) {
    try {
      return await asFirstLiveMembership(register);
    } catch (err) {
      // Another registration with this NIP got in first, unseen by the check above.
      if (isUniqueViolation(err, "UQ_organizations_nip")) throw nipTaken();
      if (!isUniqueViolation(err, "UQ_organizations_slug")) throw err;
      if (attempt >= SLUG_ATTEMPTS) throw conflict("Organisations of this name were being registered at the same moment; try again");
    }
  }
}

/** A PES account asks to join an organisation already in the directory. */
export async function requestMembership(ctx: Context, organizationId: string): Promise<OrganizationMembership> {
  const user = requireUser(ctx);
  requirePesAccount(user);
  return asFirstLiveMembership(() =>
    ctx.db.transaction(async (em) => {
      await findByIdOrNotFound(em, Organization, organizationId, "Organization");
      await requireNoLiveMembership(em, user.id);
      const m = em.getRepository(OrganizationMembership).create({
        userId: user.id,
        organizationId,
        role: MemberRole.MEMBER,
        status: MembershipStatus.PENDING,
      });
      await em.save(m);
      return m;
    }),
  );
}

/** An admin (or the organisation's owner) accepts or refuses a request to join. */
export async function decideMembership(ctx: Context, id: string, accept: boolean): Promise<OrganizationMembership> {
  const actor = requireUser(ctx);
  if (!isUuid(id)) throw notFound("Membership");
  return ctx.db.transaction(async (em) => {
    await lockPersonOfMembership(em, id);
    const m = await lockByIdOrNotFound(em, OrganizationMembership, id, "Membership");
    const actorMembership = await ctx.loaders.membershipByUserId.load(actor.id);
    if (actor.role !== Role.ADMIN && !isOrganizationOwner(actorMembership, m.organizationId)) {
      throw forbidden();
    }
    if (m.status !== MembershipStatus.PENDING) throw conflict("This request was already decided");
    m.status = accept ? MembershipStatus.ACTIVE : MembershipStatus.REJECTED;
    await em.save(m);
    if (accept) await promoteIfReady(em, m);
    await audit(em, actor.id, accept ? "membership.accept" : "membership.reject", "OrganizationMembership", m.id);
    const person = await em.getRepository(User).findOneBy({ id: m.userId });
    if (person) {
      const text = accept
        ? `Dzień dobry ${person.name},\n\nTwoja prośba o dołączenie do organizacji została przyjęta: ${appLink("/account")}`
        : `Dzień dobry ${person.name},\n\nTwoja prośba o dołączenie do organizacji nie została przyjęta.`;
      await enqueueTextMail(em, {
        to: person.email,
        subject: accept ? "Dołączono do organizacji" : "Prośba o dołączenie odrzucona",
        text,
        template: "organizations.membership",
        dedupeKey: `membership:${m.id}:${m.status}`,
      });
    }
    return m;
  });
}

/** An admin marks an organisation as verified; its active members become PES members. */
export async function verifyOrganization(ctx: Context, id: string, verified: boolean): Promise<Organization> {
  const actor = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const org = await findByIdOrNotFound(em, Organization, id, "Organization");
    const wasVerified = org.verified;
    org.verified = verified;
    org.verifiedAt = verified ? new Date() : null;
    if (verified) Object.assign(org, { rejectedAt: null, rejectionReason: null });
    await em.save(org);
    if (verified && !wasVerified) await mailOrganizationVerified(em, org);
    const members = await em
      .getRepository(OrganizationMembership)
      .findBy({ organizationId: id, status: MembershipStatus.ACTIVE });
    if (verified) {
      for (const m of members) await promoteIfReady(em, m);
    } else if (members.length) {
      await moveRole(em, members.map((m) => m.userId), Role.PES_MEMBER, Role.RESIDENT);
    }
    await audit(em, actor.id, verified ? "organization.verify" : "organization.unverify", "Organization", id);
    return org;
  });
}

/** Organisations whose name matches, for the "find yours before adding it" step of sign-up. */
export async function findOrganizations(db: DataSource, search: string, limit: number): Promise<Organization[]> {
  const q = search.trim().slice(0, 100);
  const qb = db.getRepository(Organization).createQueryBuilder("o").orderBy("o.name", "ASC").addOrderBy("o.id", "ASC").limit(limit);
  if (q) qb.where("o.name ILIKE :q OR o.nip = :exact OR o.krs = :exact", { q: likePattern(q), exact: q });
  return qb.getMany();
}
