import type { MigrationInterface, QueryRunner } from "typeorm";

/** City staff sign in through the city's OpenID provider: the account remembers the provider's subject. */
export class UserOidcSubject1764101300000 implements MigrationInterface {
  name = "UserOidcSubject1764101300000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "oidc_subject" character varying(255)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_users_oidc_subject" ON "users" ("oidc_subject")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_users_oidc_subject"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "oidc_subject"`);
  }
}
