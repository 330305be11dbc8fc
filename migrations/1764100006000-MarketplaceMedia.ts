import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Photos of equipment notices and catalogue entries, and documents attached to demands and
 * offers (one per offer). Each row belongs to exactly one owner (CHECK); the files live in
 * the storage areas of server/storage.
 */
export class MarketplaceMedia1764100006000 implements MigrationInterface {
    name = 'MarketplaceMedia1764100006000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "marketplace_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "demand_id" uuid, "offer_id" uuid, "key" character varying(64) NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "uploaded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_marketplace_attachments_one_owner" CHECK (num_nonnulls("demand_id", "offer_id") = 1), CONSTRAINT "PK_b3e15a6aa9018d94c8975d53180" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_marketplace_attachments_key" ON "marketplace_attachments"  ("key") `);
        await queryRunner.query(`CREATE INDEX "IDX_marketplace_attachments_uploaded_by" ON "marketplace_attachments"  ("uploaded_by_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_marketplace_attachments_offer" ON "marketplace_attachments"  ("offer_id") WHERE "offer_id" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_marketplace_attachments_demand" ON "marketplace_attachments"  ("demand_id") WHERE "demand_id" IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "marketplace_photos" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notice_id" uuid, "product_id" uuid, "key" character varying(64) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "alt" character varying(200), "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_marketplace_photos_one_owner" CHECK (num_nonnulls("notice_id", "product_id") = 1), CONSTRAINT "PK_0a15f66e465e2d14da5cd4c36dd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_marketplace_photos_key" ON "marketplace_photos"  ("key") `);
        await queryRunner.query(`CREATE INDEX "IDX_marketplace_photos_product_position" ON "marketplace_photos"  ("product_id", "position") WHERE "product_id" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_marketplace_photos_notice_position" ON "marketplace_photos"  ("notice_id", "position") WHERE "notice_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "marketplace_attachments" ADD CONSTRAINT "FK_b9d660aae29723d5b944bcb94f7" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "marketplace_attachments" ADD CONSTRAINT "FK_1919f7651d453831bd542c0e592" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "marketplace_attachments" ADD CONSTRAINT "FK_0e3f240130bdae4b1a1f6f5ee97" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "marketplace_photos" ADD CONSTRAINT "FK_ca046df124668b243d9ab4a9037" FOREIGN KEY ("notice_id") REFERENCES "equipment_notices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "marketplace_photos" ADD CONSTRAINT "FK_c37b060c3e5857c732031267435" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "marketplace_photos" DROP CONSTRAINT "FK_c37b060c3e5857c732031267435"`);
        await queryRunner.query(`ALTER TABLE "marketplace_photos" DROP CONSTRAINT "FK_ca046df124668b243d9ab4a9037"`);
        await queryRunner.query(`ALTER TABLE "marketplace_attachments" DROP CONSTRAINT "FK_0e3f240130bdae4b1a1f6f5ee97"`);
        await queryRunner.query(`ALTER TABLE "marketplace_attachments" DROP CONSTRAINT "FK_1919f7651d453831bd542c0e592"`);
        await queryRunner.query(`ALTER TABLE "marketplace_attachments" DROP CONSTRAINT "FK_b9d660aae29723d5b944bcb94f7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_marketplace_photos_notice_position"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_marketplace_photos_product_position"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_marketplace_photos_key"`);
        await queryRunner.query(`DROP TABLE "marketplace_photos"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_marketplace_attachments_demand"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_marketplace_attachments_offer"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_marketplace_attachments_uploaded_by"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_marketplace_attachments_key"`);
        await queryRunner.query(`DROP TABLE "marketplace_attachments"`);
    }

}
