import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ProgrammePage, ProgrammePageRevision, ProgrammePartner } from "../../../entities/news";
import type { Context } from "../../context";
import { draftFieldsOf, revisionAuthorOf } from "./news.resolver";
import { ProgrammePageInput, ProgrammePartnerInput } from "./news.inputs";
import { renderNewsBody } from "./news.markdown";
import { TextDiffPart } from "./news.types";
import { logoPath } from "./partner-logos";
import { createPartner, deletePartner, listPartners, reorderPartners, setPartnerLogo, updatePartner } from "./partners.service";
import {
  diffProgrammePageRevisions,
  discardProgrammePageDraft,
  findProgrammePage,
  listProgrammePages,
  programmePageRevisions,
  programmeWorkingCopy,
  publishProgrammePage,
  restoreProgrammePageRevision,
  updateProgrammePage,
} from "./programme.service";
import { IdArg, InputArg, StoredImageArgs } from "../arguments";
import { editMutationsOf } from "../operations";
import { Role } from "../../../entities/users";

@ObjectType("ProgrammePageDraft", { description: "The editable text of a programme section." })
export class ProgrammePageDraftView {
  @Field() title: string;
  @Field() body: string;
  @Field({ description: "The draft body rendered and sanitised like `bodyHtml` (the admin's preview)." }) bodyHtml: string;
  @Field(() => String, { nullable: true, description: "The English title; null when the draft has no English version." }) titleEn: string | null;
  @Field(() => String, { nullable: true }) bodyEn: string | null;
  @Field(() => String, { nullable: true, description: "`bodyEn` rendered and sanitised like `bodyHtml`." }) bodyHtmlEn: string | null;
}

/** Markdown rendered and sanitised on the readers' allow-list; null stays null (no English version). */
const htmlOf = (markdown: string | null): string | null => (markdown === null ? null : renderNewsBody(markdown));

@Resolver(() => ProgrammePage)
export class ProgrammePageResolver {
  @Query(() => [ProgrammePage], { description: "The sections of the programme page (about, monitoring team, awards, partners), in order; published text only." })
  programmePages(@Ctx() ctx: Context): Promise<ProgrammePage[]> {
    return listProgrammePages(ctx.db);
  }

  @Query(() => ProgrammePage, { nullable: true })
  programmePage(@Arg("key", () => String) key: string, @Ctx() ctx: Context): Promise<ProgrammePage | null> {
    return findProgrammePage(ctx.db, key);
  }

  @FieldResolver(() => String, { description: "The published body rendered from Markdown and sanitised on an allow-list." })
  bodyHtml(@Root() page: ProgrammePage): string {
    return renderNewsBody(page.body);
  }

  @FieldResolver(() => String, { nullable: true, description: "The published English body rendered and sanitised like `bodyHtml`; null without an English version." })
  bodyHtmlEn(@Root() page: ProgrammePage): string | null {
    return htmlOf(page.bodyEn);
  }
}

export const ProgrammePageDraftResolver = draftFieldsOf(
  ProgrammePage,
  ProgrammePageDraftView,
  (page) => {
    const c = programmeWorkingCopy(page);
    return { ...c, bodyHtml: renderNewsBody(c.body), bodyHtmlEn: htmlOf(c.bodyEn) };
  },
  {
    changes: "ADMIN: the section has an edit that is not published yet (false for others).",
    draft: "ADMIN: the version the editor works on (the pending edit, else the published text); null for others.",
  },
);

/** The editor's operations on the sections: ADMIN only, guarded once; a section's fields stay with ProgrammePageResolver, which readers reach. */
@Authorized("ADMIN")
@Resolver(() => ProgrammePage)
export class ProgrammePageEditorResolver {
  @Query(() => [ProgrammePageRevision], { description: "ADMIN: saved versions of a section, newest first." })
  programmePageRevisions(@Arg("key", () => String) key: string, @Ctx() ctx: Context): Promise<ProgrammePageRevision[]> {
    return programmePageRevisions(ctx.db, key);
  }

  @Query(() => [TextDiffPart], { description: "ADMIN: word diff between two revisions of one section." })
  programmePageRevisionDiff(@IdArg("fromId") fromId: string, @IdArg("toId") toId: string, @Ctx() ctx: Context): Promise<TextDiffPart[]> {
    return diffProgrammePageRevisions(ctx.db, fromId, toId);
  }

  @Mutation(() => ProgrammePage, {
    description: "ADMIN: saves an edit of a section as its draft (keeps a revision); /programme shows the published text until `publishProgrammePage`.",
  })
  updateProgrammePage(
    @Arg("key", () => String) key: string,
    @InputArg(ProgrammePageInput) input: ProgrammePageInput,
    @Ctx() ctx: Context,
  ): Promise<ProgrammePage> {
    return updateProgrammePage(ctx, key, input);
  }

  @Mutation(() => ProgrammePage, { description: "ADMIN: publishes the section's pending edit." })
  publishProgrammePage(@Arg("key", () => String) key: string, @Ctx() ctx: Context): Promise<ProgrammePage> {
    return publishProgrammePage(ctx, key);
  }

  @Mutation(() => ProgrammePage, { description: "ADMIN: drops the section's pending edit (it stays in the revisions)." })
  discardProgrammePageDraft(@Arg("key", () => String) key: string, @Ctx() ctx: Context): Promise<ProgrammePage> {
    return discardProgrammePageDraft(ctx, key);
  }

  @Mutation(() => ProgrammePage, { description: "ADMIN: saves an old revision's text as the section's draft." })
  restoreProgrammePageRevision(@IdArg("revisionId") revisionId: string, @Ctx() ctx: Context): Promise<ProgrammePage> {
    return restoreProgrammePageRevision(ctx, revisionId);
  }
}

export const ProgrammePageRevisionResolver = revisionAuthorOf(ProgrammePageRevision);

@Resolver(() => ProgrammePartner)
export class ProgrammePartnerResolver {
  @Query(() => [ProgrammePartner], { description: "The programme's partners in their order on /programme." })
  programmePartners(@Ctx() ctx: Context): Promise<ProgrammePartner[]> {
    return listPartners(ctx.db);
  }

  @FieldResolver(() => String, { nullable: true, description: "Path of the logo image (WebP), null without one." })
  logoUrl(@Root() p: ProgrammePartner): string | null {
    return p.logoKey ? logoPath(p.logoKey) : null;
  }
}

/** The editor's operations on a partner that are only their service, guarded like ProgrammePartnerEditorResolver. */
export const ProgrammePartnerEditResolver = editMutationsOf(() => ProgrammePartner, ProgrammePartnerInput, {
  create: ["createProgrammePartner", createPartner, "ADMIN: adds a partner at the end of the list; the logo is uploaded to POST /programme/partners/{id}/logo."],
  update: ["updateProgrammePartner", updatePartner, "ADMIN: changes a partner's name, link or description."],
}, { authorized: [Role.ADMIN] });

/** The editor's operations on the partners: ADMIN only, guarded once; a partner's fields stay with ProgrammePartnerResolver, which readers reach. */
@Authorized("ADMIN")
@Resolver(() => ProgrammePartner)
export class ProgrammePartnerEditorResolver {
  @Mutation(() => Boolean, { description: "ADMIN: removes a partner and its logo." })
  deleteProgrammePartner(@IdArg() id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deletePartner(ctx, id);
  }

  @Mutation(() => [ProgrammePartner], { description: "ADMIN: sets the order of the partners; `ids` lists every partner once." })
  reorderProgrammePartners(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<ProgrammePartner[]> {
    return reorderPartners(ctx, ids);
  }

  @Mutation(() => ProgrammePartner, { description: "ADMIN: registers a logo stored by the upload route (the file must exist)." })
  setProgrammePartnerLogo(
    @IdArg() id: string,
    @Args(() => StoredImageArgs) logo: StoredImageArgs,
    @Ctx() ctx: Context,
  ): Promise<ProgrammePartner> {
    return setPartnerLogo(ctx, { id, ...logo });
  }
}
