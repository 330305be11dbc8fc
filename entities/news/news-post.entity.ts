import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { User } from "../users/user.entity";

export enum NewsStatus {
  DRAFT = "DRAFT",
  SCHEDULED = "SCHEDULED",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}
registerEnumType(NewsStatus, {
  name: "NewsStatus",
  description: "PUBLISHED, and SCHEDULED once `publishedAt` has come, are public; the rest is for admins.",
});

/**
 * A programme news article. `title`/`body`/`category`/`lead`/`coverImageUrl` are the
 * version readers see. While a live post is being edited, the edit waits in the
 * `draft*` columns (null = no pending edit) and goes live with the next publish, so
 * the public never sees a half-finished edit.
 */
@ObjectType("NewsPost")
@Entity("news_posts")
@Index("IDX_news_posts_public", ["status", "publishedAt"])
@Index("IDX_news_posts_updated_at", ["updatedAt"])
@Index("IDX_news_posts_category", ["category", "publishedAt"])
// Accent-folded trigram search over title, lead and body (expression index: in the migration).
@Index("IDX_news_posts_search", { synchronize: false })
export class NewsPost {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Made once from the Polish title; stays fixed so links keep working. */
  @Field()
  @Index("UQ_news_posts_slug", { unique: true })
  @Column({ type: "varchar", length: 100 })
  slug: string;

  @Field()
  @Column({ type: "varchar", length: 300 })
  title: string;

  /** Markdown. */
  @Field()
  @Column({ type: "text" })
  body: string;

  /**
   * The published title, lead and body folded for Polish (f_unaccent), kept by a trigger
   * (migration NewsSearchText) and indexed for the search, so it never folds a body again.
   */
  @Column({ type: "text", default: "", select: false, insert: false, update: false })
  searchText: string;

  @Field(() => String, { nullable: true, description: "One of `newsCategories` codes, e.g. AWARDS." })
  @Column({ type: "varchar", length: 40, nullable: true })
  category: string | null;

  @Field(() => String, { nullable: true, description: "A sentence or two for lists, RSS and the newsletter." })
  @Column({ type: "varchar", length: 600, nullable: true })
  lead: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  coverImageUrl: string | null;

  @Field(() => NewsStatus)
  @Column({ type: "enum", enum: NewsStatus, enumName: "news_status", default: NewsStatus.DRAFT })
  status: NewsStatus;

  /** PUBLISHED: when it went (or was dated) live; SCHEDULED: when it goes live. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "author_id" })
  author?: User;

  // Pending edit of a live post (admins only; exposed through field resolvers).
  @Column({ type: "varchar", length: 300, nullable: true })
  draftTitle: string | null;

  @Column({ type: "text", nullable: true })
  draftBody: string | null;

  @Column({ type: "varchar", length: 40, nullable: true })
  draftCategory: string | null;

  @Column({ type: "varchar", length: 600, nullable: true })
  draftLead: string | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  draftCoverImageUrl: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
