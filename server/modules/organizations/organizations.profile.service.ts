import { isDistrict } from "../../../entities/districts";
import { krsDigits, nipDigits } from "../../../entities/identifiers";
import { Organization } from "../../../entities/organizations";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, conflict, forbidden } from "../../errors";
import { findByIdOrNotFound } from "../../ids";
import type { OrganizationProfileInput } from "./organizations.inputs";
import { canActForOrganization } from "./organizations.policy";
import { requireUser } from "../../auth/require-user";
import { isUniqueViolation } from "../../db-errors";

const blank = (s: string | null | undefined) => (s == null || s.trim() === "" ? null : s.trim());

/**
 * An active member (or an admin) edits the organisation's directory profile. KRS and NIP
 * keep their checksum rules; a NIP already used by another organisation is CONFLICT.
 */
export async function updateOrganizationProfile(ctx: Context, id: string, input: OrganizationProfileInput): Promise<Organization> {
  const user = requireUser(ctx);
  const org = await findByIdOrNotFound(ctx.db, Organization, id, "Organization");
  if (!(await canActForOrganization(ctx, org.id))) throw forbidden("Only the organisation's members edit its profile");
  if (input.district && !isDistrict(input.district)) throw badInput({ district: "Unknown district" });
  const nip = input.nip?.trim() ? nipDigits(input.nip) : null;
  const activities = [...new Set((input.activities ?? []).map((a) => a.trim()).filter(Boolean))];
  const nipTaken = () => conflict("Another organisation in the directory has this NIP");
  try {
    return await ctx.db.transaction(async (em) => {
      if (nip && nip !== org.nip) {
        const taken = await em.getRepository(Organization).createQueryBuilder("o").where("o.nip = :nip AND o.id <> :id", { nip, id: org.id }).getExists();
        if (taken) throw nipTaken();
      }
      Object.assign(org, {
        name: input.name,
        legalForm: input.legalForm,
        krs: input.krs?.trim() ? krsDigits(input.krs) : null,
        nip,
        address: blank(input.address),
        district: blank(input.district),
        description: blank(input.description),
        email: blank(input.email)?.toLowerCase() ?? null,
        phone: blank(input.phone),
        website: blank(input.website),
        logoUrl: blank(input.logoUrl),
        activities,
      });
      await em.save(org);
      await audit(em, user.id, "organization.profile", "Organization", org.id);
      return org;
    });
  } catch (err) {
    // Another organisation took this NIP at the same moment, unseen by the check.
    if (isUniqueViolation(err, "UQ_organizations_nip")) throw nipTaken();
    throw err;
  }
}
