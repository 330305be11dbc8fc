import { MigrationInterface, QueryRunner } from "typeorm";

export class Premises1764100001000 implements MigrationInterface {
    name = 'Premises1764100001000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."premises_status" AS ENUM('AVAILABLE', 'RESERVED', 'RENTED', 'WITHDRAWN')`);
        await queryRunner.query(`CREATE TABLE "premises" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40), "address" character varying(200) NOT NULL, "district" character varying(60) NOT NULL, "area_m2" numeric(10,2) NOT NULL, "monthly_rent" numeric(12,2) NOT NULL, "rent_per_m2" numeric(12,2) NOT NULL, "status" "public"."premises_status" NOT NULL DEFAULT 'AVAILABLE', "step_free" boolean NOT NULL DEFAULT false, "description" text, "latitude" double precision, "longitude" double precision, "search_text" text NOT NULL DEFAULT '', "floor" integer, "condition" character varying(100), "utilities" text array NOT NULL DEFAULT '{}', "permitted_use" character varying(200), "available_from" date, "preferential_rent" boolean NOT NULL DEFAULT false, "administrator" character varying(200), "contact_name" character varying(120), "contact_phone" character varying(40), "contact_email" character varying(254), "owner_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_premises_rent_positive" CHECK ("monthly_rent" > 0), CONSTRAINT "CHK_premises_area_positive" CHECK ("area_m2" > 0), CONSTRAINT "PK_3dee03a72594bf5a68ff3f7c933" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_premises_code" ON "premises"  ("code") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_district" ON "premises"  ("district") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_status" ON "premises"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_step_free" ON "premises"  ("step_free") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_preferential" ON "premises"  ("preferential_rent") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_owner" ON "premises"  ("owner_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_rent_per_m2_id" ON "premises"  ("rent_per_m2", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_area_id" ON "premises"  ("area_m2", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_rent_id" ON "premises"  ("monthly_rent", "id") `);
        // rent_per_m2 and search_text are derived, never written by the application: a trigger keeps them exact.
        await queryRunner.query(`CREATE FUNCTION premises_derived() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.rent_per_m2 := round(NEW.monthly_rent / NEW.area_m2, 2);
                NEW.search_text := f_unaccent(NEW.address || ' ' || NEW.district || ' ' || COALESCE(NEW.description, ''));
                RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "TRG_premises_derived" BEFORE INSERT OR UPDATE OF monthly_rent, area_m2, rent_per_m2, address, district, description, search_text ON "premises" FOR EACH ROW EXECUTE FUNCTION premises_derived()`);
        // Keyset pagination of the DESC orders: (sort column DESC, id ASC), which a backward
        // scan of the ASC indexes cannot give.
        await queryRunner.query(`CREATE INDEX "IDX_premises_rent_desc_id" ON "premises" ("monthly_rent" DESC, "id")`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_area_desc_id" ON "premises" ("area_m2" DESC, "id")`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_created_desc_id" ON "premises" ("created_at" DESC, "id")`);
        // Accent- and typo-tolerant text search (LIKE and word_similarity's <% both use it).
        // word_similarity is declared as cheap (COST 1), so on a plain text column the planner
        // prefers a sequential scan that computes it for every row (2.5 s on 100 000 premises,
        // against 0.6 s through the trigram index). Its real cost makes the index win. Only the
        // extension's owner may change it; without that right the search still works, slower.
        await queryRunner.query(`DO $$ BEGIN
            ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
            ALTER FUNCTION word_similarity_op(text, text) COST 100;
        EXCEPTION WHEN insufficient_privilege THEN RAISE NOTICE 'pg_trgm costs left unchanged (not the owner)';
        END $$`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_search_trgm" ON "premises" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE TABLE "premises_enquiries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid, "message" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ebbe1bfb9f426791122152b7da" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_enquiries_user" ON "premises_enquiries"  ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_enquiries_organization" ON "premises_enquiries"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_enquiries_created" ON "premises_enquiries"  ("created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_enquiries_premises_created" ON "premises_enquiries"  ("premises_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "premises" ADD CONSTRAINT "FK_344f6988649af874f25ec4e8d9e" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_enquiries" ADD CONSTRAINT "FK_de6aac3bd92006efed7b4aca047" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_enquiries" ADD CONSTRAINT "FK_010f85340a54368f02078f0309e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_enquiries" ADD CONSTRAINT "FK_0b3e3c50a7cf35212d14d5cf414" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        // Saved searches with e-mail alerts.
        await queryRunner.query(`CREATE TABLE "premises_saved_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "filter" jsonb NOT NULL DEFAULT '{}', "unsubscribe_token" character varying(64) NOT NULL, "active" boolean NOT NULL DEFAULT true, "last_checked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_55faecd53c7cda4d3adbc851d03" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_saved_searches_user" ON "premises_saved_searches"  ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_premises_saved_searches_token" ON "premises_saved_searches"  ("unsubscribe_token") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_saved_searches_active_checked" ON "premises_saved_searches"  ("active", "last_checked_at") `);
        await queryRunner.query(`ALTER TABLE "premises_saved_searches" ADD CONSTRAINT "FK_019602aae62cd586d81815845c9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Photos (files in the photo storage, rows here).
        await queryRunner.query(`CREATE TABLE "premises_photos" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "alt" character varying(200), "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2fe1306d94020f86dce74a01bb9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_premises_photos_key" ON "premises_photos"  ("key") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_photos_premises_position" ON "premises_photos"  ("premises_id", "position") `);
        await queryRunner.query(`ALTER TABLE "premises_photos" ADD CONSTRAINT "FK_fa7b826387b213ee5af10a14799" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "premises_photos" DROP CONSTRAINT "FK_fa7b826387b213ee5af10a14799"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_photos_premises_position"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_premises_photos_key"`);
        await queryRunner.query(`DROP TABLE "premises_photos"`);
        await queryRunner.query(`ALTER TABLE "premises_saved_searches" DROP CONSTRAINT "FK_019602aae62cd586d81815845c9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_saved_searches_active_checked"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_premises_saved_searches_token"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_saved_searches_user"`);
        await queryRunner.query(`DROP TABLE "premises_saved_searches"`);
        await queryRunner.query(`ALTER TABLE "premises_enquiries" DROP CONSTRAINT "FK_0b3e3c50a7cf35212d14d5cf414"`);
        await queryRunner.query(`ALTER TABLE "premises_enquiries" DROP CONSTRAINT "FK_010f85340a54368f02078f0309e"`);
        await queryRunner.query(`ALTER TABLE "premises_enquiries" DROP CONSTRAINT "FK_de6aac3bd92006efed7b4aca047"`);
        await queryRunner.query(`ALTER TABLE "premises" DROP CONSTRAINT "FK_344f6988649af874f25ec4e8d9e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_enquiries_premises_created"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_enquiries_created"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_enquiries_organization"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_enquiries_user"`);
        await queryRunner.query(`DROP TABLE "premises_enquiries"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_rent_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_area_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_rent_per_m2_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_owner"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_preferential"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_step_free"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_district"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_premises_code"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_search_trgm"`);
        await queryRunner.query(`DO $$ BEGIN
            ALTER FUNCTION word_similarity_op(text, text) COST 1;
            ALTER FUNCTION word_similarity_commutator_op(text, text) COST 1;
        EXCEPTION WHEN insufficient_privilege THEN NULL;
        END $$`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_created_desc_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_area_desc_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_rent_desc_id"`);
        await queryRunner.query(`DROP TABLE "premises"`);
        await queryRunner.query(`DROP FUNCTION premises_derived()`);
        await queryRunner.query(`DROP TYPE "public"."premises_status"`);
    }

}
