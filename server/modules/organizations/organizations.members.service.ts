import type { EntityManager } from "typeorm";
import { MemberRole, MembershipStatus, Organization, OrganizationMembership } from "../../../entities/organizations";
import { Role, User } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { conflict, forbidden, notFound } from "../../errors";
import { findByIdOrNotFound, loadById } from "../../ids";
import { enqueueTextMail } from "../../mail/mail.service";
import type { OrganizationMemberInput } from "./organizations.inputs";
import { canActForOrganization, isOrganizationOwner } from "./organizations.policy";
import { lockPersonOfMembership, moveRole } from "./organizations.service";
import { requireUser } from "../../auth/require-user";

/**
 * The organisation's active members with their accounts (names, e-mails), owners first —
 * for the organisation's own members and admins only. The public profile shows
 * `Organization.members` instead (names, roles and titles, never e-mails).
 */
export async function organizationMembers(ctx: Context, organizationId: string): Promise<OrganizationMembership[]> {
  requireUser(ctx);
  const org = await loadById(ctx.loaders.organizationById, organizationId);
  if (!org) throw notFound("Organization");
  if (!(await canActForOrganization(ctx, org.id))) throw forbidden("Only the organisation's members see its member list");
  return ctx.db
    .getRepository(OrganizationMembership)
    .createQueryBuilder("m")
    .where("m.organization_id = :id AND m.status = :active", { id: org.id, active: MembershipStatus.ACTIVE })
    // Owners first, then by seniority.
    .orderBy("m.role = 'OWNER'", "DESC")
    .addOrderBy("m.created_at", "ASC")
    .addOrderBy("m.id", "ASC")
    .getMany();
}

/**
 * Every membership change of one organisation runs under a lock of its row, so "at least
 * one owner remains" is checked against committed state: two owners demoting or removing
 * each other at the same moment cannot both succeed.
 */
async function lockMembership(em: EntityManager, id: string): Promise<OrganizationMembership> {
  const found = await findByIdOrNotFound(em, OrganizationMembership, id, "Membership");
  // The person before the organisation: deleting their account locks them, then clears
  // the organisation's address when it is theirs.
  await lockPersonOfMembership(em, found.id);
  // NO KEY UPDATE: serialises membership changes without blocking inserts that merely reference the organisation.
  await em.query(`SELECT id FROM organizations WHERE id = $1 FOR NO KEY UPDATE`, [found.organizationId]);
  const m = await em.getRepository(OrganizationMembership).findOneBy({ id });
  if (!m) throw notFound("Membership");
  return m;
}

/** Who may act on membership `m`, judged inside the locked transaction (not from the request's cached loaders). */
async function actorRights(ctx: Context, em: EntityManager, m: OrganizationMembership): Promise<{ manager: boolean; self: boolean }> {
  const actor = requireUser(ctx);
  const self = m.userId === actor.id && m.status === MembershipStatus.ACTIVE;
  if (actor.role === Role.ADMIN) return { manager: true, self };
  const own = await em
    .getRepository(OrganizationMembership)
    .createQueryBuilder("a")
    .where("a.user_id = :u AND a.status <> :rejected", { u: actor.id, rejected: MembershipStatus.REJECTED })
    .getOne();
  return { manager: isOrganizationOwner(own, m.organizationId), self };
}

async function ownersLeft(em: EntityManager, organizationId: string, exceptId: string): Promise<number> {
  return em
    .getRepository(OrganizationMembership)
    .createQueryBuilder("m")
    .where("m.organization_id = :o AND m.status = :active AND m.role = :owner AND m.id <> :id", {
      o: organizationId,
      active: MembershipStatus.ACTIVE,
      owner: MemberRole.OWNER,
      id: exceptId,
    })
    .getCount();
}

/**
 * The organisation's owner (or an admin) changes a member's role and function title;
 * a member may change their own title. An organisation always keeps at least one owner.
 */
export async function updateOrganizationMember(ctx: Context, id: string, input: OrganizationMemberInput): Promise<OrganizationMembership> {
  const actor = requireUser(ctx);
  const title = input.title === undefined ? undefined : input.title?.trim() || null;
  return ctx.db.transaction(async (em) => {
    const m = await lockMembership(em, id);
    const { manager, self } = await actorRights(ctx, em, m);
    if (!manager && !self) throw forbidden("Only the organisation's owner manages its members");
    const roleChange = input.role != null && input.role !== m.role;
    if (roleChange && !manager) throw forbidden("Only the organisation's owner changes roles");
    if (m.status !== MembershipStatus.ACTIVE) throw conflict("Only active members can be changed; decide the request to join first");
    if (roleChange && m.role === MemberRole.OWNER && (await ownersLeft(em, m.organizationId, m.id)) === 0) {
      throw conflict("An organisation must keep at least one owner; make someone else owner first");
    }
    const before = { role: m.role, title: m.title };
    if (roleChange) m.role = input.role!;
    if (title !== undefined) m.title = title;
    await em.save(m);
    await audit(em, actor.id, "membership.update", "OrganizationMembership", m.id, { before, after: { role: m.role, title: m.title } });
    return m;
  });
}

/**
 * The organisation's owner (or an admin) removes a member, or a member leaves. The last
 * owner cannot go. A PES member left without an organisation acts as a resident again.
 */
export async function removeOrganizationMember(ctx: Context, id: string): Promise<boolean> {
  const actor = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const m = await lockMembership(em, id);
    const { manager, self } = await actorRights(ctx, em, m);
    if (!manager && !self) throw forbidden("Only the organisation's owner removes members");
    if (m.status !== MembershipStatus.ACTIVE) throw conflict("Only active members can be removed; refuse the request to join instead");
    if (m.role === MemberRole.OWNER && (await ownersLeft(em, m.organizationId, m.id)) === 0) {
      throw conflict("An organisation must keep at least one owner; make someone else owner first");
    }
    await em.delete(OrganizationMembership, { id: m.id });
    await moveRole(em, [m.userId], Role.PES_MEMBER, Role.RESIDENT);
    await audit(em, actor.id, self ? "membership.leave" : "membership.remove", "OrganizationMembership", m.id, {
      userId: m.userId,
      organizationId: m.organizationId,
      role: m.role,
    });
    if (!self) {
      const [person, org] = await Promise.all([
        em.getRepository(User).findOneBy({ id: m.userId }),
        em.getRepository(Organization).findOneBy({ id: m.organizationId }),
      ]);
      if (person && org) {
        const text = `Dzień dobry ${person.name},\n\nnie jesteś już członkiem organizacji „${org.name}” na platformie PES-TOR.`;
        await enqueueTextMail(em, {
          to: person.email,
          subject: `Usunięto z organizacji: ${org.name}`,
          text,
          template: "organizations.member-removed",
          dedupeKey: `membership:${m.id}:removed`,
        });
      }
    }
    return true;
  });
}
