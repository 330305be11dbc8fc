import type { DataSource, EntityManager } from "typeorm";
import { ProgrammePage } from "../../../entities/news";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { requireUser } from "../../auth/require-user";

/** The programme page that holds the terms of use; publishing it makes a new version. */
export const TERMS_PAGE_KEY = "terms";

/** The current terms version: the publication time of the terms page (null before one exists). */
export async function currentTermsVersion(db: DataSource | EntityManager): Promise<string | null> {
  const page = await db.getRepository(ProgrammePage).findOne({ where: { key: TERMS_PAGE_KEY }, select: { id: true, publishedAt: true } });
  return page?.publishedAt ? page.publishedAt.toISOString() : null;
}

/**
 * What signUp records: `acceptTerms` true = the current version, now; false = refused
 * (the form's box was not ticked); omitted (API clients of the fixed contract) = nothing
 * yet, so the person is asked to accept on their first visit.
 */
export async function termsOnSignUp(em: EntityManager, acceptTerms: boolean | null | undefined): Promise<Pick<User, "termsVersion" | "termsAcceptedAt">> {
  if (acceptTerms === false) throw badInput({ acceptTerms: "Accept the terms to create an account" });
  const version = acceptTerms ? await currentTermsVersion(em) : null;
  return { termsVersion: version, termsAcceptedAt: version ? new Date() : null };
}

export interface TermsStatus {
  currentVersion: string | null;
  acceptedVersion: string | null;
  acceptedAt: Date | null;
  mustAccept: boolean;
}

/** Whether the signed-in person has accepted the current terms (anonymous: nothing to accept). */
export async function termsStatus(ctx: Context): Promise<TermsStatus> {
  const currentVersion = await currentTermsVersion(ctx.db);
  const u = ctx.user;
  return {
    currentVersion,
    acceptedVersion: u?.termsVersion ?? null,
    acceptedAt: u?.termsAcceptedAt ?? null,
    mustAccept: !!u && !!currentVersion && u.termsVersion !== currentVersion,
  };
}

/**
 * Records that the signed-in person accepted the terms version they were shown; a version
 * that is no longer current is refused, so nobody accepts a text they did not see.
 */
export async function acceptTerms(ctx: Context, version: string): Promise<TermsStatus> {
  const user = requireUser(ctx);
  const current = await currentTermsVersion(ctx.db);
  if (!current || version !== current) throw badInput({ version: "The terms have changed: read the current version" });
  const acceptedAt = new Date();
  await ctx.db.getRepository(User).update(user.id, { termsVersion: current, termsAcceptedAt: acceptedAt });
  return { currentVersion: current, acceptedVersion: current, acceptedAt, mustAccept: false };
}
