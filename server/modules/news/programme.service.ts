import type { DataSource } from "typeorm";
import { ProgrammePage, ProgrammePageRevision } from "../../../entities/news";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { notFound } from "../../errors";
import { requireUser } from "../organizations/organizations.policy";
import type { ProgrammePageInput } from "./news.inputs";

/** The sections of /programme in order. */
export function listProgrammePages(db: DataSource): Promise<ProgrammePage[]> {
  return db.getRepository(ProgrammePage).find({ order: { position: "ASC", key: "ASC" } });
}

export async function findProgrammePage(db: DataSource, key: string): Promise<ProgrammePage | null> {
  if (!key || key.length > 40) return null;
  return db.getRepository(ProgrammePage).findOneBy({ key });
}

/** ADMIN: changes a programme section (live at once) and keeps the new text as a revision. */
export async function updateProgrammePage(ctx: Context, key: string, input: ProgrammePageInput): Promise<ProgrammePage> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const page = await em
      .getRepository(ProgrammePage)
      .createQueryBuilder("p")
      .setLock("pessimistic_write")
      .where("p.key = :key", { key: String(key).slice(0, 40) })
      .getOne();
    if (!page) throw notFound("Programme page");
    page.title = input.title;
    page.body = input.body;
    page.updatedById = user.id;
    await em.save(page);
    await em.insert(ProgrammePageRevision, { pageId: page.id, title: page.title, body: page.body, authorId: user.id });
    await audit(em, user.id, "programme.update", "ProgrammePage", page.id, { key });
    return page;
  });
}

/** ADMIN: the saved versions of a section, newest first. */
export async function programmePageRevisions(db: DataSource, key: string): Promise<ProgrammePageRevision[]> {
  const page = await findProgrammePage(db, key);
  if (!page) return [];
  return db.getRepository(ProgrammePageRevision).find({ where: { pageId: page.id }, order: { createdAt: "DESC", id: "DESC" }, take: 200 });
}
