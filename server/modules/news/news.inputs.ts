import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsOptional, IsUUID, IsUrl, Length, MaxLength, ValidateIf } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { NEWS_LIMITS, PARTNER_LIMITS } from "../../../entities/limits";
import { composed, EmailAddress, OptionalLocale, OptionalText } from "../input-fields";

/** The path of a cover uploaded through POST /news/covers (app/news/covers/route.ts). */
const UPLOADED_COVER = /^\/news\/covers\/[A-Za-z0-9_-]{22,64}\.webp$/;

/** The categories of programme news (codes; the pages translate them). */
export const NEWS_CATEGORIES = ["AWARDS", "MEETINGS", "TRAININGS", "PLATFORM", "MONITORING_TEAM", "OTHER"] as const;
export type NewsCategoryCode = (typeof NEWS_CATEGORIES)[number];

/** Languages of newsletter e-mails. */


/** The Markdown body of a post or a programme page: not empty, at most NEWS_LIMITS.bodyMax characters. */
function MarkdownBody(description: string): PropertyDecorator {
  return composed(Field({ description }), Length(1, NEWS_LIMITS.bodyMax, { message: "Body must not be empty" }));
}

@InputType("NewsPostInput")
export class NewsPostInput {
  @Field()
  @Length(NEWS_LIMITS.titleMin, NEWS_LIMITS.titleMax, { message: `Title must have ${NEWS_LIMITS.titleMin}–${NEWS_LIMITS.titleMax} characters` })
  title: string;

  @MarkdownBody("Markdown; rendered and sanitised into `bodyHtml`.")
  body: string;

  @Field(() => String, { nullable: true, description: "One of the codes of `newsCategories`." })
  @IsOptional()
  @IsIn(NEWS_CATEGORIES as unknown as string[], { message: `Category must be one of ${NEWS_CATEGORIES.join(", ")}` })
  category?: string | null;

  @OptionalText(NEWS_LIMITS.leadMax, { description: "Summary for lists, RSS and the newsletter." })
  lead?: string | null;

  @Field(() => String, { nullable: true, description: "http(s) address of a cover image, or the path of a cover uploaded to POST /news/covers." })
  @IsOptional()
  // A cover uploaded to the app is stored as its own path (/news/covers/<key>.webp).
  @ValidateIf((o: { coverImageUrl?: string | null }) => !UPLOADED_COVER.test(o.coverImageUrl ?? ""))
  @MaxLength(NEWS_LIMITS.urlMax)
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Enter an http(s) address" })
  coverImageUrl?: string | null;
}

@InputType("NewsletterIssueInput")
export class NewsletterIssueInput {
  @Field()
  @Length(3, 200, { message: "Subject must have 3–200 characters" })
  subject: string;

  @OptionalText(5000)
  intro?: string | null;

  @Field(() => String, { nullable: true, description: "Subject for subscribers who chose English (the Polish one when empty)." })
  @IsOptional()
  @Length(3, 200, { message: "Subject must have 3–200 characters" })
  subjectEn?: string | null;

  @OptionalText(5000, { description: "Introduction for subscribers who chose English (the Polish one when empty)." })
  introEn?: string | null;

  @Field(() => [ID], { description: "The items, in order." })
  @ArrayMinSize(1, { message: "Choose at least one post" })
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID("all", { each: true, message: "Unknown post" })
  postIds: string[];
}

@ArgsType()
export class SubscribeArgs {
  @EmailAddress()
  email: string;

  @Field({ description: "The person ticked the consent box; must be true." })
  @IsBoolean()
  consent: boolean;

  @OptionalLocale(
    "Language of the e-mails and pages the subscriber gets: pl or en (the page's locale; default: the account's, else pl).",
  )
  locale?: string | null;
}

@InputType("ProgrammePageInput")
export class ProgrammePageInput {
  @Field()
  @Length(2, 200, { message: "Title must have 2–200 characters" })
  title: string;

  @MarkdownBody("Markdown, rendered and sanitised like news bodies.")
  body: string;

  // "" for both removes the English version; "" beside a text is refused by the length rules.
  @Field(() => String, { nullable: true, description: "The English title, given with `bodyEn`; both empty = no English version; null = the English stays as it is." })
  @IsOptional()
  @ValidateIf((o: ProgrammePageInput) => o.titleEn !== "" || !!o.bodyEn)
  @Length(2, 200, { message: "Title must have 2–200 characters" })
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: "The English body (Markdown, rendered and sanitised like `body`), given with `titleEn`." })
  @IsOptional()
  @ValidateIf((o: ProgrammePageInput) => o.bodyEn !== "" || !!o.titleEn)
  @Length(1, NEWS_LIMITS.bodyMax, { message: "Body must not be empty" })
  bodyEn?: string | null;
}



@InputType("ProgrammePartnerInput")
export class ProgrammePartnerInput {
  @Field()
  @Length(PARTNER_LIMITS.nameMin, PARTNER_LIMITS.nameMax, { message: `Name must have ${PARTNER_LIMITS.nameMin}–${PARTNER_LIMITS.nameMax} characters` })
  name: string;

  @Field({ description: "The partner's site: an http(s) address." })
  @MaxLength(PARTNER_LIMITS.urlMax)
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Enter an http(s) address" })
  url: string;

  @OptionalText(PARTNER_LIMITS.descriptionMax)
  description?: string | null;
}
