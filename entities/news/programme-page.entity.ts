import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { User } from "../users/user.entity";

/**
 * A section of /programme (about, monitoring team, awards, partners…), edited by admins
 * in Markdown like news; every save keeps a ProgrammePageRevision. `title`/`body` are the
 * published version; an edit waits in `draft*` (null = no pending edit) until published,
 * so readers never see a half-finished section. The English version (`titleEn`/`bodyEn`,
 * null = none: the pages show the Polish text) is part of the same text: an edit saves
 * both languages as one draft and publishing publishes both, so the two never drift apart.
 */
@ObjectType("ProgrammePage")
@Entity("programme_pages")
@Index("IDX_programme_pages_position", ["position"])
export class ProgrammePage {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Stable key, also the section's anchor: about, team, awards, partners. */
  @Field()
  @Index("UQ_programme_pages_key", { unique: true })
  @Column({ type: "varchar", length: 40 })
  key: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  /** Markdown. */
  @Field()
  @Column({ type: "text" })
  body: string;

  @Field(() => String, { nullable: true, description: "The published English title; null when the section has no English version." })
  @Column({ type: "varchar", length: 200, nullable: true })
  titleEn: string | null;

  /** Markdown; null together with `titleEn`. */
  @Field(() => String, { nullable: true, description: "The published English body (Markdown); null when the section has no English version." })
  @Column({ type: "text", nullable: true })
  bodyEn: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  position: number;

  // Pending edit (admins only; exposed through field resolvers). While `draftTitle` is set the
  // draft holds the whole working copy, so a null English draft means "no English version".
  @Column({ type: "varchar", length: 200, nullable: true })
  draftTitle: string | null;

  @Column({ type: "text", nullable: true })
  draftBody: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  draftTitleEn: string | null;

  @Column({ type: "text", nullable: true })
  draftBodyEn: string | null;

  /** When the current published version went live. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "updated_by_id" })
  updatedBy?: User;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}

@ObjectType("ProgrammePageRevision")
@Entity("programme_page_revisions")
@Index("IDX_programme_page_revisions_page", ["pageId", "createdAt"])
export class ProgrammePageRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  pageId: string;

  @ManyToOne(() => ProgrammePage, { onDelete: "CASCADE" })
  @JoinColumn({ name: "page_id" })
  page?: ProgrammePage;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field()
  @Column({ type: "text" })
  body: string;

  @Field(() => String, { nullable: true, description: "The English title saved with this version; null when it had none." })
  @Column({ type: "varchar", length: 200, nullable: true })
  titleEn: string | null;

  @Field(() => String, { nullable: true, description: "The English body saved with this version; null when it had none." })
  @Column({ type: "text", nullable: true })
  bodyEn: string | null;

  /** What made it: CREATE, UPDATE, RESTORE (the same kinds as news revisions). */
  @Field()
  @Column({ type: "varchar", length: 20, default: "UPDATE" })
  kind: string;

  @Column({ type: "uuid", nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "author_id" })
  author?: User;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
