import type { MigrationInterface, QueryRunner } from "typeorm";

/** Organisers invite the verified PES of chosen categories or districts, or pasted addresses: each address once per training. */
export class TrainingInvitations1764101250000 implements MigrationInterface {
  name = "TrainingInvitations1764101250000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "training_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "organization_name" character varying(200), "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b031b7b69922aee9a778a839ed1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_training_invitations_email" ON "training_invitations" ("training_id", "email")`);
    await q.query(`ALTER TABLE "training_invitations" ADD CONSTRAINT "FK_7f81690bbfd67b37dc940833ef3" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "training_invitations"`);
  }
}
