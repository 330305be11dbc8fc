import { MigrationInterface, QueryRunner } from "typeorm";

export class Marketplace1764100004000 implements MigrationInterface {
    name = 'Marketplace1764100004000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."notice_kind" AS ENUM('GIVE_AWAY', 'EXCHANGE', 'LEND', 'WANTED')`);
        await queryRunner.query(`CREATE TABLE "equipment_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."notice_kind" NOT NULL, "title" character varying(200) NOT NULL, "description" text, "category" character varying(100), "condition" character varying(60), "status" character varying(20) NOT NULL DEFAULT 'AVAILABLE', "district" character varying(60), "owner_user_id" uuid NOT NULL, "owner_organization_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc0176b956f2693e7f870126775" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_kind" ON "equipment_notices"  ("kind") `);
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_category" ON "equipment_notices"  ("category") `);
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_status" ON "equipment_notices"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_district" ON "equipment_notices"  ("district") `);
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_owner_user" ON "equipment_notices"  ("owner_user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_owner_organization" ON "equipment_notices"  ("owner_organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_expires_at" ON "equipment_notices"  ("expires_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_created_at" ON "equipment_notices"  ("created_at") `);
        await queryRunner.query(`CREATE TYPE "public"."booking_status" AS ENUM('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'RETURNED')`);
        await queryRunner.query(`CREATE TABLE "bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notice_id" uuid NOT NULL, "borrower_id" uuid NOT NULL, "status" "public"."booking_status" NOT NULL DEFAULT 'REQUESTED', "from_date" date NOT NULL, "to_date" date NOT NULL, "message" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_bookings_dates" CHECK ("from_date" <= "to_date"), CONSTRAINT "EXC_bookings_approved_overlap" EXCLUDE USING gist ("notice_id" WITH =, daterange("from_date", "to_date", '[]') WITH &&) WHERE ("status" = 'APPROVED'), CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_bookings_notice" ON "bookings"  ("notice_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bookings_borrower" ON "bookings"  ("borrower_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bookings_status" ON "bookings"  ("status") `);
        await queryRunner.query(`CREATE TYPE "public"."demand_kind" AS ENUM('COMMISSION', 'REQUEST_FOR_QUOTATION')`);
        await queryRunner.query(`CREATE TYPE "public"."demand_status" AS ENUM('OPEN', 'AWARDED', 'CLOSED')`);
        await queryRunner.query(`CREATE TABLE "demands" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."demand_kind" NOT NULL, "title" character varying(200) NOT NULL, "description" text, "category" character varying(100), "budget" numeric(12,2), "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "social_clause" boolean NOT NULL DEFAULT false, "status" "public"."demand_status" NOT NULL DEFAULT 'OPEN', "created_by_id" uuid NOT NULL, "awarded_offer_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d63565b0747a0cfc73e319bfc03" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_demands_kind" ON "demands"  ("kind") `);
        await queryRunner.query(`CREATE INDEX "IDX_demands_category" ON "demands"  ("category") `);
        await queryRunner.query(`CREATE INDEX "IDX_demands_deadline" ON "demands"  ("deadline") `);
        await queryRunner.query(`CREATE INDEX "IDX_demands_social_clause" ON "demands"  ("social_clause") `);
        await queryRunner.query(`CREATE INDEX "IDX_demands_status" ON "demands"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_demands_created_by" ON "demands"  ("created_by_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_demands_created_at" ON "demands"  ("created_at") `);
        await queryRunner.query(`CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "demand_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "submitted_by_id" uuid NOT NULL, "price" numeric(12,2) NOT NULL, "message" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_offers_organization" ON "offers"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_offers_submitted_by" ON "offers"  ("submitted_by_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_offers_demand_organization" ON "offers"  ("demand_id", "organization_id") `);
        await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "category" character varying(100) NOT NULL, "description" text, "price_from" numeric(12,2), "price_to" numeric(12,2), "unit" character varying(40), "area_served" character varying(200), "social_clause_suitable" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_products_organization" ON "products"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_products_name" ON "products"  ("name") `);
        await queryRunner.query(`CREATE INDEX "IDX_products_category" ON "products"  ("category") `);
        await queryRunner.query(`CREATE INDEX "IDX_products_price_from" ON "products"  ("price_from") `);
        await queryRunner.query(`CREATE INDEX "IDX_products_social_clause" ON "products"  ("social_clause_suitable") `);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "activities" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "logo_url" character varying(500)`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "certifications" jsonb NOT NULL DEFAULT '[]'`);
        await queryRunner.query(`CREATE INDEX "IDX_organizations_legal_form" ON "organizations"  ("legal_form") `);
        await queryRunner.query(`CREATE INDEX "IDX_organizations_district" ON "organizations"  ("district") `);
        await queryRunner.query(`ALTER TABLE "equipment_notices" ADD CONSTRAINT "FK_5a523023cf371d076ab3120ed3a" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "equipment_notices" ADD CONSTRAINT "FK_bc8dc2d7a2df602f37d70961040" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "FK_bd86e9403e332f932e362cf2545" FOREIGN KEY ("notice_id") REFERENCES "equipment_notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "FK_60edd20a7dc3d9a76e77965a0f5" FOREIGN KEY ("borrower_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "demands" ADD CONSTRAINT "FK_bb205d89b2e6c08022bac5de446" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "offers" ADD CONSTRAINT "FK_7fcd2093312e9c004bcdacff016" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "offers" ADD CONSTRAINT "FK_efca5c2e908392eab0c3b3c3e50" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "offers" ADD CONSTRAINT "FK_ee9e4fe0da90e8ee8ea70bb3b0d" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "FK_2d404aa7aa4a0404eafd1840915" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Requests for GIVE_AWAY / EXCHANGE / WANTED items; one ACCEPTED per notice.
        await queryRunner.query(`CREATE TYPE "public"."item_request_status" AS ENUM('REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
        await queryRunner.query(`CREATE TABLE "item_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notice_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "status" "public"."item_request_status" NOT NULL DEFAULT 'REQUESTED', "message" text NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c28f962bdc8683cba393313a617" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_item_requests_notice" ON "item_requests"  ("notice_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_item_requests_requester" ON "item_requests"  ("requester_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_item_requests_live" ON "item_requests"  ("notice_id", "requester_id") WHERE "status" IN ('REQUESTED', 'ACCEPTED')`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_item_requests_accepted" ON "item_requests"  ("notice_id") WHERE "status" = 'ACCEPTED'`);
        await queryRunner.query(`ALTER TABLE "item_requests" ADD CONSTRAINT "FK_40bf3b14e67d3311cca354d1cb1" FOREIGN KEY ("notice_id") REFERENCES "equipment_notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_requests" ADD CONSTRAINT "FK_7cf23a0f1415e49f83b37524793" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Category subscriptions and the digest of new demands.
        await queryRunner.query(`CREATE TABLE "demand_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "category" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ecffa9487d00ec0516854475de" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_demand_subscriptions_category" ON "demand_subscriptions"  ("category") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_demand_subscriptions_user_category" ON "demand_subscriptions"  ("user_id", "category") `);
        await queryRunner.query(`ALTER TABLE "demands" ADD "digest_sent_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "IDX_demands_digest_pending" ON "demands"  ("digest_sent_at") WHERE "digest_sent_at" IS NULL`);
        await queryRunner.query(`ALTER TABLE "demand_subscriptions" ADD CONSTRAINT "FK_dbed048eb1a21e9bf8459d34b1d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Accent-folded trigram search (f_unaccent is the foundation's IMMUTABLE wrapper), declared
        // on the entities with synchronize: false because TypeORM cannot express them.
        await queryRunner.query(`CREATE INDEX "IDX_equipment_notices_search" ON "equipment_notices" USING gin (f_unaccent("title" || ' ' || coalesce("description", '')) gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "IDX_demands_search" ON "demands" USING gin (f_unaccent("title" || ' ' || coalesce("description", '')) gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "IDX_products_search" ON "products" USING gin (f_unaccent("name" || ' ' || coalesce("description", '')) gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "IDX_organizations_name_trgm" ON "organizations" USING gin (f_unaccent("name") gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "IDX_organizations_activities" ON "organizations" USING gin ("activities")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "item_requests" DROP CONSTRAINT "FK_7cf23a0f1415e49f83b37524793"`);
        await queryRunner.query(`ALTER TABLE "item_requests" DROP CONSTRAINT "FK_40bf3b14e67d3311cca354d1cb1"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_item_requests_accepted"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_item_requests_live"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_item_requests_requester"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_item_requests_notice"`);
        await queryRunner.query(`DROP TABLE "item_requests"`);
        await queryRunner.query(`DROP TYPE "public"."item_request_status"`);
        await queryRunner.query(`ALTER TABLE "demand_subscriptions" DROP CONSTRAINT "FK_dbed048eb1a21e9bf8459d34b1d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_digest_pending"`);
        await queryRunner.query(`ALTER TABLE "demands" DROP COLUMN "digest_sent_at"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_demand_subscriptions_user_category"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demand_subscriptions_category"`);
        await queryRunner.query(`DROP TABLE "demand_subscriptions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_organizations_activities"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_organizations_name_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_products_search"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_search"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_search"`);
        await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "FK_2d404aa7aa4a0404eafd1840915"`);
        await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_ee9e4fe0da90e8ee8ea70bb3b0d"`);
        await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_efca5c2e908392eab0c3b3c3e50"`);
        await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_7fcd2093312e9c004bcdacff016"`);
        await queryRunner.query(`ALTER TABLE "demands" DROP CONSTRAINT "FK_bb205d89b2e6c08022bac5de446"`);
        await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_60edd20a7dc3d9a76e77965a0f5"`);
        await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_bd86e9403e332f932e362cf2545"`);
        await queryRunner.query(`ALTER TABLE "equipment_notices" DROP CONSTRAINT "FK_bc8dc2d7a2df602f37d70961040"`);
        await queryRunner.query(`ALTER TABLE "equipment_notices" DROP CONSTRAINT "FK_5a523023cf371d076ab3120ed3a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_organizations_district"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_organizations_legal_form"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "certifications"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "logo_url"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "activities"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_products_social_clause"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_products_price_from"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_products_category"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_products_name"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_products_organization"`);
        await queryRunner.query(`DROP TABLE "products"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_offers_demand_organization"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_offers_submitted_by"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_offers_organization"`);
        await queryRunner.query(`DROP TABLE "offers"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_created_by"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_social_clause"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_deadline"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_category"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_demands_kind"`);
        await queryRunner.query(`DROP TABLE "demands"`);
        await queryRunner.query(`DROP TYPE "public"."demand_status"`);
        await queryRunner.query(`DROP TYPE "public"."demand_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bookings_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bookings_borrower"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bookings_notice"`);
        await queryRunner.query(`DROP TABLE "bookings"`);
        await queryRunner.query(`DROP TYPE "public"."booking_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_expires_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_owner_organization"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_owner_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_district"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_category"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_equipment_notices_kind"`);
        await queryRunner.query(`DROP TABLE "equipment_notices"`);
        await queryRunner.query(`DROP TYPE "public"."notice_kind"`);
    }

}
