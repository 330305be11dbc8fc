import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1764100000000 implements MigrationInterface {
    name = 'Foundation1764100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Trigram search, exclusion constraints on ranges with equality, accent folding.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        // unaccent() is only STABLE; an IMMUTABLE wrapper with a fixed dictionary can be indexed.
        // Polish "ł" is not decomposed by Unicode, so it is mapped explicitly.
        await queryRunner.query(`CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(translate(public.unaccent('public.unaccent'::regdictionary, $1), 'łŁ', 'lL')) $$`);
        await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'OFFICIAL', 'PES_MEMBER', 'RESIDENT')`);
        await queryRunner.query(`CREATE TYPE "public"."account_type" AS ENUM('RESIDENT', 'PES', 'OFFICIAL')`);
        await queryRunner.query(`CREATE TYPE "public"."approval_status" AS ENUM('NONE', 'PENDING', 'APPROVED', 'REJECTED')`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" character varying(100) NOT NULL, "role" "public"."user_role" NOT NULL DEFAULT 'RESIDENT', "account_type" "public"."account_type" NOT NULL DEFAULT 'RESIDENT', "approval_status" "public"."approval_status" NOT NULL DEFAULT 'NONE', "locale" character varying(5) NOT NULL DEFAULT 'pl', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_email" ON "users"  ("email") `);
        await queryRunner.query(`CREATE TYPE "public"."legal_form" AS ENUM('SOCIAL_COOPERATIVE', 'ASSOCIATION', 'FOUNDATION', 'CIS', 'KIS', 'ZAZ', 'WTZ', 'NONPROFIT_COMPANY', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "slug" character varying(220) NOT NULL, "legal_form" "public"."legal_form" NOT NULL DEFAULT 'OTHER', "krs" character varying(10), "nip" character varying(10), "address" character varying(200), "district" character varying(60), "description" text, "email" character varying(254), "phone" character varying(40), "website" character varying(300), "verified" boolean NOT NULL DEFAULT false, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_organizations_name" ON "organizations"  ("name") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organizations_slug" ON "organizations"  ("slug") `);
        await queryRunner.query(`CREATE INDEX "IDX_organizations_verified" ON "organizations"  ("verified") `);
        await queryRunner.query(`CREATE TYPE "public"."member_role" AS ENUM('OWNER', 'MEMBER')`);
        await queryRunner.query(`CREATE TYPE "public"."membership_status" AS ENUM('PENDING', 'ACTIVE', 'REJECTED')`);
        await queryRunner.query(`CREATE TABLE "organization_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."member_role" NOT NULL DEFAULT 'MEMBER', "status" "public"."membership_status" NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cd7be805730a4c778a5f45364af" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_memberships_organization" ON "organization_memberships"  ("organization_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_memberships_live_user" ON "organization_memberships"  ("user_id") WHERE "status" <> 'REJECTED'`);
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(80) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(64), "data" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_audit_log_entity" ON "audit_log"  ("entity_type", "entity_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_log_created_at" ON "audit_log"  ("created_at") `);
        await queryRunner.query(`CREATE TYPE "public"."mail_status" AS ENUM('QUEUED', 'SENT', 'FAILED')`);
        await queryRunner.query(`CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text, "headers" jsonb NOT NULL DEFAULT '{}', "attachments" jsonb NOT NULL DEFAULT '[]', "dedupe_key" character varying(200), "template" character varying(80) NOT NULL, "status" "public"."mail_status" NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "send_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "transport" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_mail_messages_dedupe_key" ON "mail_messages"  ("dedupe_key") `);
        await queryRunner.query(`CREATE INDEX "IDX_mail_messages_to" ON "mail_messages"  ("to") `);
        await queryRunner.query(`CREATE INDEX "IDX_mail_messages_queue" ON "mail_messages"  ("status", "send_after") `);
        await queryRunner.query(`CREATE TABLE "seed_log" ("module" character varying(40) NOT NULL, "seeded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a90b97f542a9e1bf3668f0f3a84" PRIMARY KEY ("module"))`);
        await queryRunner.query(`ALTER TABLE "organization_memberships" ADD CONSTRAINT "FK_5352fc550034d507d6c76dd2901" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_memberships" ADD CONSTRAINT "FK_86ae2efbb9ce84dd652e0c96a49" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION IF EXISTS f_unaccent(text)`);
        await queryRunner.query(`ALTER TABLE "organization_memberships" DROP CONSTRAINT "FK_86ae2efbb9ce84dd652e0c96a49"`);
        await queryRunner.query(`ALTER TABLE "organization_memberships" DROP CONSTRAINT "FK_5352fc550034d507d6c76dd2901"`);
        await queryRunner.query(`DROP TABLE "seed_log"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_mail_messages_queue"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_mail_messages_to"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_mail_messages_dedupe_key"`);
        await queryRunner.query(`DROP TABLE "mail_messages"`);
        await queryRunner.query(`DROP TYPE "public"."mail_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_entity"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_memberships_live_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_memberships_organization"`);
        await queryRunner.query(`DROP TABLE "organization_memberships"`);
        await queryRunner.query(`DROP TYPE "public"."membership_status"`);
        await queryRunner.query(`DROP TYPE "public"."member_role"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_organizations_verified"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_organizations_slug"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_organizations_name"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
        await queryRunner.query(`DROP TYPE "public"."legal_form"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_users_email"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TYPE "public"."approval_status"`);
        await queryRunner.query(`DROP TYPE "public"."account_type"`);
        await queryRunner.query(`DROP TYPE "public"."user_role"`);
    }

}
