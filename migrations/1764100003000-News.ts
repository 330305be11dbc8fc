import { MigrationInterface, QueryRunner } from "typeorm";

export class News1764100003000 implements MigrationInterface {
    name = 'News1764100003000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."news_status" AS ENUM('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')`);
        await queryRunner.query(`CREATE TABLE "news_posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "category" character varying(40), "lead" character varying(600), "cover_image_url" character varying(500), "status" "public"."news_status" NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "author_id" uuid, "draft_title" character varying(300), "draft_body" text, "draft_category" character varying(40), "draft_lead" character varying(600), "draft_cover_image_url" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95a44578e2b4bb7ca42e3ef4de6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_news_posts_slug" ON "news_posts"  ("slug") `);
        await queryRunner.query(`CREATE INDEX "IDX_news_posts_category" ON "news_posts"  ("category", "published_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_news_posts_updated_at" ON "news_posts"  ("updated_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_news_posts_public" ON "news_posts"  ("status", "published_at") `);
        // Accent-folded trigram search over the published text (declared on NewsPost with synchronize: false);
        // the expression is the one news.service.ts filters with.
        await queryRunner.query(`CREATE INDEX "IDX_news_posts_search" ON "news_posts" USING gin (f_unaccent("title" || ' ' || COALESCE("lead", '') || ' ' || "body") gin_trgm_ops)`);
        await queryRunner.query(`CREATE TABLE "news_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "category" character varying(40), "lead" character varying(600), "cover_image_url" character varying(500), "kind" character varying(20) NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b29149d31e926c14a7e2a5c6ff9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_news_revisions_post" ON "news_revisions"  ("post_id", "created_at") `);
        await queryRunner.query(`CREATE TYPE "public"."newsletter_subscriber_status" AS ENUM('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')`);
        await queryRunner.query(`CREATE TABLE "newsletter_subscribers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "status" "public"."newsletter_subscriber_status" NOT NULL DEFAULT 'PENDING', "confirm_nonce" character varying(32) NOT NULL, "consent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "unsubscribed_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "locale" character varying(5) NOT NULL DEFAULT 'pl', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38f9333e9961b2fdb589128d19b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_newsletter_subscribers_email" ON "newsletter_subscribers"  ("email") `);
        await queryRunner.query(`CREATE INDEX "IDX_newsletter_subscribers_status" ON "newsletter_subscribers"  ("status", "expires_at") `);
        await queryRunner.query(`CREATE TYPE "public"."newsletter_issue_status" AS ENUM('DRAFT', 'SENT')`);
        await queryRunner.query(`CREATE TABLE "newsletter_issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject" character varying(200) NOT NULL, "intro" text, "post_ids" uuid array NOT NULL DEFAULT '{}', "status" "public"."newsletter_issue_status" NOT NULL DEFAULT 'DRAFT', "sent_at" TIMESTAMP WITH TIME ZONE, "recipient_count" integer NOT NULL DEFAULT '0', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eca458fb36d0e5ab3ac5f8d70bc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_newsletter_issues_sent" ON "newsletter_issues"  ("status", "sent_at") `);
        await queryRunner.query(`CREATE TABLE "programme_pages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99212a258fa5b4d4d8e05dc8b42" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_programme_pages_key" ON "programme_pages"  ("key") `);
        await queryRunner.query(`CREATE INDEX "IDX_programme_pages_position" ON "programme_pages"  ("position") `);
        await queryRunner.query(`CREATE TABLE "programme_page_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "page_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dd66bb212232d0ca5d216e20df1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_programme_page_revisions_page" ON "programme_page_revisions"  ("page_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "news_posts" ADD CONSTRAINT "FK_40e9c745f414a58505672968e79" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "news_revisions" ADD CONSTRAINT "FK_3609fde1ca688e283b7fade3e79" FOREIGN KEY ("post_id") REFERENCES "news_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "news_revisions" ADD CONSTRAINT "FK_8f66ee6ec1a14b4cda7cbbc9f3d" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "newsletter_issues" ADD CONSTRAINT "FK_3ada70137292281730206233f31" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "programme_pages" ADD CONSTRAINT "FK_3db6a404c2f8d8ad8569ca4c297" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "programme_page_revisions" ADD CONSTRAINT "FK_0ea23ec600a7311f8d7cc3b3a8c" FOREIGN KEY ("page_id") REFERENCES "programme_pages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "programme_page_revisions" ADD CONSTRAINT "FK_c28a7d622c8cb8346c80e660d56" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "programme_page_revisions" DROP CONSTRAINT "FK_c28a7d622c8cb8346c80e660d56"`);
        await queryRunner.query(`ALTER TABLE "programme_page_revisions" DROP CONSTRAINT "FK_0ea23ec600a7311f8d7cc3b3a8c"`);
        await queryRunner.query(`ALTER TABLE "programme_pages" DROP CONSTRAINT "FK_3db6a404c2f8d8ad8569ca4c297"`);
        await queryRunner.query(`ALTER TABLE "newsletter_issues" DROP CONSTRAINT "FK_3ada70137292281730206233f31"`);
        await queryRunner.query(`ALTER TABLE "news_revisions" DROP CONSTRAINT "FK_8f66ee6ec1a14b4cda7cbbc9f3d"`);
        await queryRunner.query(`ALTER TABLE "news_revisions" DROP CONSTRAINT "FK_3609fde1ca688e283b7fade3e79"`);
        await queryRunner.query(`ALTER TABLE "news_posts" DROP CONSTRAINT "FK_40e9c745f414a58505672968e79"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_programme_page_revisions_page"`);
        await queryRunner.query(`DROP TABLE "programme_page_revisions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_programme_pages_position"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_programme_pages_key"`);
        await queryRunner.query(`DROP TABLE "programme_pages"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_newsletter_issues_sent"`);
        await queryRunner.query(`DROP TABLE "newsletter_issues"`);
        await queryRunner.query(`DROP TYPE "public"."newsletter_issue_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_newsletter_subscribers_status"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_newsletter_subscribers_email"`);
        await queryRunner.query(`DROP TABLE "newsletter_subscribers"`);
        await queryRunner.query(`DROP TYPE "public"."newsletter_subscriber_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_news_revisions_post"`);
        await queryRunner.query(`DROP TABLE "news_revisions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_news_posts_search"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_news_posts_public"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_news_posts_updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_news_posts_category"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_news_posts_slug"`);
        await queryRunner.query(`DROP TABLE "news_posts"`);
        await queryRunner.query(`DROP TYPE "public"."news_status"`);
    }

}
