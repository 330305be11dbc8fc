import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";
import { NewsPost } from "./news-post.entity";

/** A saved state of a post: every create, update and restore keeps one (who, when, what). */
@ObjectType("NewsRevision")
@Entity("news_revisions")
@Index("IDX_news_revisions_post", ["postId", "createdAt"])
export class NewsRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  postId: string;

  @ManyToOne(() => NewsPost, { onDelete: "CASCADE" })
  @JoinColumn({ name: "post_id" })
  post?: NewsPost;

  @Field()
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field()
  @Column({ type: "text" })
  body: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  category: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 600, nullable: true })
  lead: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  coverImageUrl: string | null;

  /** What made it: CREATE, UPDATE or RESTORE. */
  @Field()
  @Column({ type: "varchar", length: 20 })
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
