import type { DataSource } from "typeorm";
import { Demand, DemandSubscription } from "../../../entities/marketplace";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { requireUser } from "../../auth/require-user";

function cleanCategory(category: string): string {
  const c = category.trim();
  if (c.length < 2 || c.length > 100) throw badInput({ category: "Category must have 2–100 characters" });
  return c;
}

/** The categories the signed-in person gets new demands of. */
export async function myDemandSubscriptions(ctx: Context): Promise<string[]> {
  const user = requireUser(ctx);
  const rows = await ctx.db.getRepository(DemandSubscription).find({ where: { userId: user.id }, order: { category: "ASC" } });
  return rows.map((r) => r.category);
}

/** Subscribes to a category's new demands (idempotent); returns all the person's categories. */
export async function subscribeToDemandCategory(ctx: Context, category: string): Promise<string[]> {
  const user = requireUser(ctx);
  const c = cleanCategory(category);
  await ctx.db.createQueryBuilder().insert().into(DemandSubscription).values({ userId: user.id, category: c }).orIgnore().execute();
  return myDemandSubscriptions(ctx);
}

export async function unsubscribeFromDemandCategory(ctx: Context, category: string): Promise<string[]> {
  const user = requireUser(ctx);
  await ctx.db.getRepository(DemandSubscription).delete({ userId: user.id, category: category.trim() });
  return myDemandSubscriptions(ctx);
}

/** Every category used by demands and catalogue entries, for the subscription picker. */
export async function demandCategories(ctx: Context): Promise<string[]> {
  const rows: { c: string }[] = await ctx.db.query(
    `SELECT category AS c FROM demands WHERE category IS NOT NULL UNION SELECT category FROM products ORDER BY 1`,
  );
  return rows.map((r) => r.c);
}

/**
 * Sends one e-mail per subscriber listing the new demands of their categories, and marks
 * those demands as digested. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * app nodes may run this at once without mailing anything twice.
 */
export async function sendDemandDigests(db: DataSource, batch = 200): Promise<number> {
  return db.transaction(async (em) => {
    const fresh = await em
      .getRepository(Demand)
      .createQueryBuilder("d")
      .where("d.digest_sent_at IS NULL")
      .orderBy("d.created_at", "ASC")
      .limit(batch)
      .setLock("pessimistic_write")
      .setOnLocked("skip_locked")
      .getMany();
    if (!fresh.length) return 0;
    const categories = [...new Set(fresh.map((d) => d.category).filter((c): c is string => !!c))];
    const subs = categories.length
      ? await em
          .getRepository(DemandSubscription)
          .createQueryBuilder("s")
          .where("s.category IN (:...categories)", { categories })
          .getMany()
      : [];
    const byUser = new Map<string, Demand[]>();
    for (const s of subs) {
      const list = byUser.get(s.userId) ?? [];
      list.push(...fresh.filter((d) => d.category === s.category && !list.includes(d)));
      byUser.set(s.userId, list);
    }
    let sent = 0;
    const users = byUser.size ? await em.getRepository(User).findBy([...byUser.keys()].map((id) => ({ id }))) : [];
    for (const user of users) {
      const list = byUser.get(user.id)!;
      const lines = list.map((d) => `• ${d.title} (${d.category}) — ${appLink(`/marketplace/demands/${d.id}`)}`).join("\n");
      const text = `Dzień dobry ${user.name},\n\nnowe zapotrzebowania w obserwowanych kategoriach:\n\n${lines}\n\nZmień subskrypcje: ${appLink("/marketplace?tab=demands")}`;
      await enqueueTextMail(em, {
        to: user.email,
        subject: `Nowe zapotrzebowania (${list.length})`,
        text,
        template: "marketplace.demand-digest",
        dedupeKey: `demand-digest:${user.id}:${list.map((d) => d.id).sort().join(",")}`.slice(0, 200),
      });
      sent++;
    }
    await em
      .createQueryBuilder()
      .update(Demand)
      .set({ digestSentAt: () => "now()" })
      .whereInIds(fresh.map((d) => d.id))
      .execute();
    return sent;
  });
}
