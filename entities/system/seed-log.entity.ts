import { Column, Entity, PrimaryColumn } from "typeorm";

/** Which domain's demo data is in this database, so that seeding twice adds nothing. */
@Entity("seed_log")
export class SeedLog {
  @PrimaryColumn({ type: "varchar", length: 40 })
  module: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  seededAt: Date;
}
