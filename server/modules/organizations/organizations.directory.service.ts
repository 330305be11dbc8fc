import { Organization } from "../../../entities/organizations";
import type { Context } from "../../context";
import { keysetPage, likePattern, whereEqual, type ListPage } from "../pagination";
import type { OrganizationFilter } from "./organizations.inputs";

/** The public directory: organisations matching every filter, by name. */
export const listOrganizations: ListPage<OrganizationFilter, Organization> = async (ctx, filter, first, after) => {
  const f = filter ?? {};
  const qb = ctx.db.getRepository(Organization).createQueryBuilder("o");
  if (f.name?.trim()) qb.andWhere("f_unaccent(o.name) LIKE f_unaccent(:q)", { q: likePattern(f.name) });
  whereEqual(qb, { "o.legal_form": f.legalForm, "o.district": f.district, "o.verified": f.verified });
  if (f.activity?.trim()) qb.andWhere("o.activities @> ARRAY[CAST(:activity AS text)]", { activity: f.activity.trim() });
  return keysetPage(qb, { alias: "o", sortSql: "o.name", sortType: "text", desc: false, first, after, scope: "organizations" });
};

/** One organisation's profile by its slug, or null. */
export async function findOrganizationBySlug(ctx: Context, slug: string): Promise<Organization | null> {
  if (!slug || slug.length > 220) return null;
  return ctx.db.getRepository(Organization).findOneBy({ slug });
}

/** Every area of activity in the directory, for the filter's list. */
export async function listActivities(ctx: Context): Promise<string[]> {
  const rows: { a: string }[] = await ctx.db.query(
    `SELECT DISTINCT unnest(activities) AS a FROM organizations ORDER BY 1`,
  );
  return rows.map((r) => r.a);
}
