import type { EntityManager } from "typeorm";
import { isDistrict } from "../../../entities/districts";
import { Follow, FollowKind } from "../../../entities/notifications";
import { TrainingKind } from "../../../entities/trainings";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { isUuid } from "../../ids";
import type { FollowArgs } from "./notifications.inputs";
import { notifyEach, type NotifyInput } from "./notify";

/** The value, checked for its kind: an existing organisation, a category, a Toruń district, a TrainingKind. */
async function checkedValue(ctx: Context, { kind, value }: FollowArgs): Promise<string> {
  const v = value.trim();
  const ok =
    kind === FollowKind.ORGANIZATION
      ? isUuid(v) && (await ctx.db.query(`SELECT 1 FROM organizations WHERE id = $1`, [v])).length > 0
      : kind === FollowKind.DISTRICT
        ? isDistrict(v)
        : kind === FollowKind.TRAINING_KIND
          ? Object.values(TrainingKind).includes(v as TrainingKind)
          : v.length >= 2;
  if (!ok) throw badInput({ value: "Nothing to follow by this value" });
  return v;
}

/** What the signed-in person follows. */
export async function myFollows(ctx: Context): Promise<Follow[]> {
  const user = requireUser(ctx);
  return ctx.db.getRepository(Follow).find({ where: { userId: user.id }, order: { kind: "ASC", value: "ASC" } });
}

/** Follows one thing (idempotent); returns all the person follows. */
export async function follow(ctx: Context, args: FollowArgs): Promise<Follow[]> {
  const user = requireUser(ctx);
  const value = await checkedValue(ctx, args);
  await ctx.db.createQueryBuilder().insert().into(Follow).values({ userId: user.id, kind: args.kind, value }).orIgnore().execute();
  return myFollows(ctx);
}

export async function unfollow(ctx: Context, args: FollowArgs): Promise<Follow[]> {
  const user = requireUser(ctx);
  await ctx.db.getRepository(Follow).delete({ userId: user.id, kind: args.kind, value: args.value.trim() });
  return myFollows(ctx);
}

/** Notifies everyone who follows `kind`/`value` (but `except`, the author), in the caller's transaction. */
export function notifyFollowers(em: EntityManager, kind: FollowKind, value: string, input: Omit<NotifyInput, "userId">, except?: string): Promise<void> {
  return notifyFollowersOfAny(em, [{ kind, value }], input, except);
}

/**
 * Notifies, once each, everyone who follows any of `targets` (a notice in a followed
 * category, district and organisation at once is still one notification), but `except`.
 */
export async function notifyFollowersOfAny(
  em: EntityManager,
  targets: { kind: FollowKind; value: string | null | undefined }[],
  input: Omit<NotifyInput, "userId">,
  except?: string,
): Promise<void> {
  const given = targets.filter((t): t is { kind: FollowKind; value: string } => !!t.value);
  if (!given.length) return;
  const rows: { userId: string }[] = await em.query(
    `SELECT DISTINCT f.user_id AS "userId" FROM follows f
       JOIN unnest($1::text[], $2::text[]) AS t(kind, value) ON f.kind = t.kind
        -- Marketplace categories are typed by people: "Meble" and "meble" are one category.
        AND (f.value = t.value OR (t.kind = 'MARKETPLACE_CATEGORY' AND lower(f.value) = lower(t.value)))
      ORDER BY 1`,
    [given.map((t) => t.kind), given.map((t) => t.value)],
  );
  await notifyEach(
    em,
    rows.filter(({ userId }) => userId !== except).map(({ userId }) => ({ ...input, userId, dedupeKey: input.dedupeKey && `${input.dedupeKey}:${userId}` })),
  );
}
