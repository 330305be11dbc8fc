import { randomBytes } from "node:crypto";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { DataSource } from "typeorm";
import { NotificationKind } from "../../../entities/notifications";
import { Premises, PremisesSavedSearch } from "../../../entities/premises";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput, notFound } from "../../errors";
import { logger } from "../../logger";
import { notify } from "../notifications/notify";
import { appLink } from "../../mail/templates";
import type { Job } from "../module";
import { requireUser } from "../../auth/require-user";
import { PremisesFilter } from "./premises.inputs";
import { applyFilter, normaliseFilter } from "./premises.service";
import { isUuid } from "../../ids";
import { rowAsEntity, selectList } from "../loading";
import { IdArg } from "../arguments";

export const MAX_SAVED_SEARCHES = 20;
/** Premises per digest e-mail; more are summarised as a count and a link. */
const DIGEST_ITEMS = 20;
/**
 * A change is considered once its transaction has surely committed: updated_at is the
 * transaction's start, so a row may appear with a timestamp slightly in the past.
 */
const SETTLE_SECONDS = 60;

/** The /premises URL query of a stored filter, so that the e-mail and the page open the same search. */
export function searchQueryOf(filter: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const k of ["areaMin", "areaMax", "rentMin", "rentMax", "text"]) {
    if (filter[k] != null && filter[k] !== "") q.set(k, String(filter[k]));
  }
  for (const d of (filter.districts as string[] | null) ?? []) q.append("districts", d);
  const status = (filter.status as string[] | null) ?? [];
  if (status.length === 1) q.set("status", status[0]);
  if (filter.stepFree === true) q.set("stepFree", "true");
  if (filter.preferentialRent === true) q.set("preferentialRent", "true");
  return q.toString();
}

/** Saves the current filter of a signed-in user (at most 20 each). */
export async function saveSearch(ctx: Context, name: string, filter: PremisesFilter | null): Promise<PremisesSavedSearch> {
  const user = requireUser(ctx);
  const n = (name ?? "").trim();
  if (n.length < 1 || n.length > 100) throw badInput({ name: "Must be 1 to 100 characters" });
  const f = normaliseFilter(filter);
  const stored = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== undefined));
  return ctx.db.transaction(async (em) => {
    // Serialises one user's saves so that the limit holds under concurrency.
    await em.query("SELECT pg_advisory_xact_lock(hashtext('premises-saved-search'), hashtext($1))", [user.id]);
    const count = await em.getRepository(PremisesSavedSearch).countBy({ userId: user.id, active: true });
    if (count >= MAX_SAVED_SEARCHES) throw badInput({ name: `At most ${MAX_SAVED_SEARCHES} saved searches` });
    const [{ now }] = await em.query("SELECT now() AS now");
    const s = em.getRepository(PremisesSavedSearch).create({
      userId: user.id,
      name: n,
      filter: stored,
      unsubscribeToken: randomBytes(24).toString("base64url"),
      active: true,
      lastCheckedAt: now,
    });
    return em.save(s);
  });
}

export async function mySearches(ctx: Context): Promise<PremisesSavedSearch[]> {
  const user = requireUser(ctx);
  return ctx.db.getRepository(PremisesSavedSearch).find({ where: { userId: user.id, active: true }, order: { createdAt: "DESC" } });
}

/** Deletes an own saved search; someone else's is NOT_FOUND (its existence is not revealed). */
export async function deleteSearch(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  if (!isUuid(id)) throw notFound("Saved search");
  const r = await ctx.db.getRepository(PremisesSavedSearch).delete({ id, userId: user.id });
  if (!r.affected) throw notFound("Saved search");
  return true;
}

/** The e-mail's unsubscribe link: no sign-in, the token is the proof. True also when already off. */
export async function unsubscribe(db: DataSource, token: string): Promise<boolean> {
  if (typeof token !== "string" || token.length < 16 || token.length > 64) throw badInput({ token: "Invalid link" });
  const s = await db.getRepository(PremisesSavedSearch).findOneBy({ unsubscribeToken: token });
  if (!s) throw badInput({ token: "Invalid link" });
  if (s.active) await db.getRepository(PremisesSavedSearch).update({ id: s.id }, { active: false });
  return true;
}

/**
 * One run of the alert job: for every active saved search, premises created or changed
 * since it was last checked that match it go out in one digest e-mail. Safe on several
 * nodes at once: each search is claimed with SKIP LOCKED, and the mail has a dedupe key.
 */
export async function runPremisesAlerts(db: DataSource, batch = 100): Promise<number> {
  let sent = 0;
  await db.transaction(async (em) => {
    const [{ until }] = await em.query(`SELECT now() - make_interval(secs => $1) AS until`, [SETTLE_SECONDS]);
    // Each search is claimed with its owner share-locked (FOR KEY SHARE, as the notification
    // will): deleting an account locks the person and then deletes their searches, so a run
    // that held a search and reached the person only when notifying them deadlocked with it.
    // A person whose account is going is passed over; the deletion takes their searches.
    const claimed: Record<string, unknown>[] = await em.query(
      `SELECT ${selectList(em.connection, PremisesSavedSearch, "s")}
         FROM premises_saved_searches s JOIN users u ON u.id = s.user_id
        WHERE s.active AND s.last_checked_at < $1
        ORDER BY s.last_checked_at ASC LIMIT $2
        FOR UPDATE OF s SKIP LOCKED FOR KEY SHARE OF u SKIP LOCKED`,
      [until, batch],
    );
    const searches = claimed.map((row) => rowAsEntity(em.connection, PremisesSavedSearch, row));
    for (const s of searches) {
      let f: PremisesFilter;
      try {
        f = normaliseFilter(s.filter as PremisesFilter);
      } catch {
        // A filter that no longer validates (e.g. a renamed district) is switched off, not retried forever.
        await em.getRepository(PremisesSavedSearch).update({ id: s.id }, { active: false });
        continue;
      }
      const qb = applyFilter(em.getRepository(Premises).createQueryBuilder("p"), f)
        .andWhere("p.updated_at > :since AND p.updated_at <= :until", { since: s.lastCheckedAt, until })
        .orderBy("p.updated_at", "DESC")
        .addOrderBy("p.id", "ASC");
      const [items, total] = await qb.take(DIGEST_ITEMS).getManyAndCount();
      if (total > 0) {
        const user = await em.getRepository(User).findOneBy({ id: s.userId });
        if (user) {
          const query = searchQueryOf(s.filter);
          const unsubscribe = appLink(`/premises/alerts/unsubscribe?token=${encodeURIComponent(s.unsubscribeToken)}`);
          const results = appLink(`/premises${query ? `?${query}` : ""}`);
          // Listed in the person's language as well as e-mailed: one language each, no "(EN)" line in a Polish list.
          const lines = (perMonth: string) =>
            items.map((p) => `• ${p.address} (${p.district}) – ${p.areaM2} m², ${p.monthlyRent.toFixed(2)} ${perMonth}\n  ${appLink(`/premises/${p.id}`)}`).join("\n");
          const more = total - items.length;
          const text =
            `Nowe lub zmienione lokale dla zapisanego wyszukiwania „${s.name}”: ${total}.\n\n${lines("zł/mies.")}\n\n` +
            (more > 0 ? `…i ${more} więcej. ` : "") +
            `Wszystkie wyniki: ${results}\n\nNie chcesz tych powiadomień? Wypisz się: ${unsubscribe}`;
          const textEn =
            `New or changed premises for your saved search “${s.name}”: ${total}.\n\n${lines("PLN/month")}\n\n` +
            (more > 0 ? `…and ${more} more. ` : "") +
            `All results: ${results}\n\nDon't want these notifications? Unsubscribe: ${unsubscribe}`;
          // Through the notification centre: listed, and e-mailed by the person's choice for the kind.
          const subject = `Baza lokali: ${total} nowych lub zmienionych dla „${s.name}”`;
          const queued = await notify(em, {
            userId: user.id,
            kind: NotificationKind.SAVED_SEARCH_MATCH,
            texts: { pl: { subject, text }, en: { subject: `Premises: ${total} new or changed for “${s.name}”`, text: textEn } },
            link: `/premises${query ? `?${query}` : ""}`,
            template: "premises.alert.digest",
            dedupeKey: `premises-alert:${s.id}:${new Date(until).toISOString()}`,
          });
          if (queued) sent++;
        }
      }
      await em.getRepository(PremisesSavedSearch).update({ id: s.id }, { lastCheckedAt: until });
    }
  });
  if (sent) logger.info({ sent }, "premises alerts queued");
  return sent;
}

export const premisesAlertsJob: Job = { name: "premises.alerts", everySeconds: 300, run: (db) => runPremisesAlerts(db).then(() => {}) };

@Resolver(() => PremisesSavedSearch)
export class PremisesSavedSearchResolver {
  @Authorized()
  @Mutation(() => PremisesSavedSearch, { description: "Saves a filter; new or changed premises matching it are e-mailed as a digest." })
  savePremisesSearch(
    @Arg("name", () => String) name: string,
    @Arg("filter", () => PremisesFilter, { nullable: true }) filter: PremisesFilter | null,
    @Ctx() ctx: Context,
  ): Promise<PremisesSavedSearch> {
    return saveSearch(ctx, name, filter);
  }

  @Authorized()
  @Query(() => [PremisesSavedSearch])
  myPremisesSearches(@Ctx() ctx: Context): Promise<PremisesSavedSearch[]> {
    return mySearches(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean)
  deletePremisesSearch(@IdArg() id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteSearch(ctx, id);
  }

  @Mutation(() => Boolean, { description: "The alert e-mail's link: switches the alert off without signing in." })
  unsubscribePremisesSearch(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<boolean> {
    return unsubscribe(ctx.db, token);
  }

  @FieldResolver(() => String, { description: "The /premises URL query of this search" })
  query(@Root() s: PremisesSavedSearch): string {
    return searchQueryOf(s.filter);
  }
}
