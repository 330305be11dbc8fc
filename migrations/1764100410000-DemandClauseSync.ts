import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Keeps `social_clause` and `clause_type` in step for every writer, raw SQL included (older
 * code and data sets write only the flag): a flag without a type means a reserved contract
 * (what the flag always meant); a type decides the flag. When an update changes only the
 * flag, the type follows it. The CHECK constraint stays as the last guard.
 */
export class DemandClauseSync1764100410000 implements MigrationInterface {
  name = "DemandClauseSync1764100410000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION demands_sync_clause() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.social_clause IS DISTINCT FROM OLD.social_clause AND NEW.clause_type IS NOT DISTINCT FROM OLD.clause_type THEN
          NEW.clause_type := CASE WHEN NEW.social_clause THEN 'RESERVED_CONTRACT'::demand_clause_type ELSE 'NONE'::demand_clause_type END;
        ELSIF NEW.clause_type = 'NONE' AND NEW.social_clause AND (TG_OP = 'INSERT') THEN
          NEW.clause_type := 'RESERVED_CONTRACT';
        END IF;
        NEW.social_clause := NEW.clause_type <> 'NONE';
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_demands_sync_clause" BEFORE INSERT OR UPDATE OF social_clause, clause_type ON demands FOR EACH ROW EXECUTE FUNCTION demands_sync_clause()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_demands_sync_clause" ON demands`);
    await queryRunner.query(`DROP FUNCTION demands_sync_clause()`);
  }
}
