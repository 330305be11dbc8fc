import type { DataSource, EntityManager } from "typeorm";
import { ProgrammePartner } from "../../../entities/news";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, notFound } from "../../errors";
import { requireUser } from "../../auth/require-user";
import type { ProgrammePartnerInput } from "./news.inputs";
import { findByIdOrNotFound, isUuid, lockByIdOrNotFound } from "../../ids";
import { FILE_KEY } from "../../storage/photos";
import { logoFile } from "../../storage/logos";
import { partnerLogoStorage } from "./partner-logos";
import { writeOrder } from "../ordering";

export const MAX_PARTNERS = 100;

/**
 * A second check behind the input's @IsUrl: only http(s) addresses with a host become
 * links on the public page (javascript:, data: and the like never do).
 */
export function safePartnerUrl(raw: string): string {
  const url = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badInput({ url: "Enter an http(s) address" });
  }
  if ((parsed.protocol !== "http:" && parsed.protocol !== "https:") || !parsed.hostname) throw badInput({ url: "Enter an http(s) address" });
  return url;
}

function clean(input: ProgrammePartnerInput) {
  const name = input.name.trim();
  if (name.length < 2) throw badInput({ name: "Name must have 2–200 characters" });
  return { name, url: safePartnerUrl(input.url), description: input.description?.trim() || null };
}

/** The partners in their order on /programme. */
export function listPartners(db: DataSource): Promise<ProgrammePartner[]> {
  return db.getRepository(ProgrammePartner).find({ order: { position: "ASC", name: "ASC" }, take: MAX_PARTNERS });
}

// One lock for every change of the list, so positions never collide.
const lockList = (em: EntityManager) => em.query("SELECT pg_advisory_xact_lock(hashtext('pestor-programme-partners'))");

async function findPartner(em: EntityManager, id: string): Promise<ProgrammePartner> {
  const p = await findByIdOrNotFound(em, ProgrammePartner, id, "Partner");
  return p;
}

/** ADMIN: a new partner at the end of the list (its logo comes through the upload route). */
export async function createPartner(ctx: Context, input: ProgrammePartnerInput): Promise<ProgrammePartner> {
  const user = requireUser(ctx);
  const c = clean(input);
  return ctx.db.transaction(async (em) => {
    await lockList(em);
    const repo = em.getRepository(ProgrammePartner);
    const count = await repo.count();
    if (count >= MAX_PARTNERS) throw badInput({ name: `At most ${MAX_PARTNERS} partners` });
    const { max } = await repo.createQueryBuilder("p").select("COALESCE(MAX(p.position), -1)", "max").getRawOne<{ max: number }>() ?? { max: -1 };
    const partner = await repo.save(repo.create({ ...c, position: Number(max) + 1 }));
    await audit(em, user.id, "programme.partner.create", "ProgrammePartner", partner.id, { name: c.name });
    return partner;
  });
}

export async function updatePartner(ctx: Context, id: string, input: ProgrammePartnerInput): Promise<ProgrammePartner> {
  const user = requireUser(ctx);
  const c = clean(input);
  return ctx.db.transaction(async (em) => {
    const partner = await findPartner(em, id);
    Object.assign(partner, c);
    await em.save(partner);
    await audit(em, user.id, "programme.partner.update", "ProgrammePartner", partner.id);
    return partner;
  });
}

/** ADMIN: removes a partner and its logo file. */
export async function deletePartner(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  const partner = await ctx.db.transaction(async (em) => {
    await lockList(em);
    const p = await findPartner(em, id);
    await em.delete(ProgrammePartner, { id: p.id });
    await audit(em, user.id, "programme.partner.delete", "ProgrammePartner", p.id, { name: p.name });
    return p;
  });
  // After the commit: a file without a row is harmless, a row without its file is not.
  if (partner.logoKey) await partnerLogoStorage().delete(logoFile(partner.logoKey));
  return true;
}

/** ADMIN: sets the order; `ids` must name every partner exactly once. */
export async function reorderPartners(ctx: Context, ids: string[]): Promise<ProgrammePartner[]> {
  const user = requireUser(ctx);
  if (ids.length > MAX_PARTNERS || new Set(ids).size !== ids.length || ids.some((id) => !isUuid(id))) {
    throw badInput({ ids: "List every partner exactly once" });
  }
  await ctx.db.transaction(async (em) => {
    await lockList(em);
    const all = await em.getRepository(ProgrammePartner).find({ select: { id: true } });
    await writeOrder(em, "programme_partners", all.map((p) => p.id), ids, "ids");
    await audit(em, user.id, "programme.partner.reorder", "ProgrammePartner", null, { ids });
  });
  return listPartners(ctx.db);
}

/**
 * Registers a logo the upload route has just stored (POST /programme/partners/[id]/logo);
 * the file must exist. The previous logo's file is removed.
 */
export async function setPartnerLogo(ctx: Context, args: { id: string; key: string; width: number; height: number }): Promise<ProgrammePartner> {
  const user = requireUser(ctx);
  if (!isUuid(args.id)) throw notFound("Partner");
  if (!FILE_KEY.test(args.key)) throw badInput({ key: "Invalid logo key" });
  const size = (n: number) => Number.isInteger(n) && n >= 1 && n <= 4000;
  if (!size(args.width) || !size(args.height)) throw badInput({ width: "Invalid size" });
  if (!(await partnerLogoStorage().exists(logoFile(args.key)))) throw badInput({ key: "No such uploaded logo" });
  const { partner, old } = await ctx.db.transaction(async (em) => {
    const p = await lockByIdOrNotFound(em, ProgrammePartner, args.id, "Partner");
    const previous = p.logoKey;
    Object.assign(p, { logoKey: args.key, logoWidth: args.width, logoHeight: args.height });
    await em.save(p);
    await audit(em, user.id, "programme.partner.logo", "ProgrammePartner", p.id);
    return { partner: p, old: previous };
  });
  if (old && old !== args.key) await partnerLogoStorage().delete(logoFile(old));
  return partner;
}
