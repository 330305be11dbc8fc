import { Field, Int, ObjectType } from "type-graphql";
import { NewsPost } from "../../../entities/news";
import { connectionOf } from "../pagination";

@ObjectType("NewsPostConnection")
export class NewsPostConnection extends connectionOf(NewsPost, "NewsPost") {}

@ObjectType("NewsCategoryCount", { description: "A category with the number of published posts in it." })
export class NewsCategoryCount {
  @Field() code: string;
  @Field(() => Int) count: number;
}

@ObjectType("NewsArchiveMonth", { description: "A month (Europe/Warsaw) with published posts." })
export class NewsArchiveMonth {
  @Field(() => Int) year: number;
  @Field(() => Int) month: number;
  @Field(() => Int) count: number;
}

@ObjectType("TextDiffPart", { description: "A run of words of a diff: added, removed or common." })
export class TextDiffPart {
  @Field() value: string;
  @Field() added: boolean;
  @Field() removed: boolean;
}

@ObjectType("NewsletterPreview")
export class NewsletterPreview {
  @Field() subject: string;
  @Field() text: string;
  @Field() html: string;
}

@ObjectType("NewsletterStats")
export class NewsletterStats {
  @Field(() => Int) pending: number;
  @Field(() => Int) confirmed: number;
  @Field(() => Int) unsubscribed: number;
}


@ObjectType("NewsPostDraft", { description: "The editable content of a post." })
export class NewsPostDraftView {
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field(() => String, { nullable: true }) lead: string | null;
  @Field(() => String, { nullable: true }) coverImageUrl: string | null;
}

