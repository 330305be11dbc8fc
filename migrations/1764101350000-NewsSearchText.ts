import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The news search's trigram index was on f_unaccent(title || lead || body), so every
 * candidate row's whole text — a post's body runs to pages — was folded again to recheck
 * it. As for premises and the marketplace (migration MarketplaceSearchText), the folded
 * published text is kept in the row by a trigger and indexed; drafts' pending edits are
 * never in it.
 */
export class NewsSearchText1764101350000 implements MigrationInterface {
  name = "NewsSearchText1764101350000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "news_posts" ADD "search_text" text NOT NULL DEFAULT ''`);
    await q.query(`CREATE FUNCTION news_posts_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.search_text := f_unaccent(NEW.title || ' ' || COALESCE(NEW.lead, '') || ' ' || NEW.body);
            RETURN NEW;
        END $$`);
    await q.query(
      `CREATE TRIGGER "TRG_news_posts_search_text" BEFORE INSERT OR UPDATE OF title, lead, body, search_text ON "news_posts" FOR EACH ROW EXECUTE FUNCTION news_posts_search_text()`,
    );
    await q.query(`DROP INDEX "public"."IDX_news_posts_search"`);
    await q.query(`CREATE INDEX "IDX_news_posts_search" ON "news_posts" USING gin ("search_text" gin_trgm_ops)`);
    await q.query(`UPDATE "news_posts" SET search_text = f_unaccent(title || ' ' || COALESCE(lead, '') || ' ' || body)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_news_posts_search"`);
    await q.query(`DROP TRIGGER "TRG_news_posts_search_text" ON "news_posts"`);
    await q.query(`DROP FUNCTION news_posts_search_text()`);
    await q.query(`ALTER TABLE "news_posts" DROP COLUMN "search_text"`);
    await q.query(
      `CREATE INDEX "IDX_news_posts_search" ON "news_posts" USING gin (f_unaccent("title" || ' ' || COALESCE("lead", '') || ' ' || "body") gin_trgm_ops)`,
    );
  }
}
