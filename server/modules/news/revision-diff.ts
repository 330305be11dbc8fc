import { diffWords } from "diff";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { badInput, notFound } from "../../errors";
import { findById } from "../../ids";
import type { TextDiffPart } from "./news.types";

/**
 * ADMIN: the word diff from revision `fromId` to `toId`, which must be revisions of one thing
 * (`parentOf`: a news post, a programme section), compared as `textOf` writes them.
 */
export async function diffTwoRevisions<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  [fromId, toId]: [string, string],
  parentOf: (revision: T) => string,
  textOf: (revision: T) => string,
  notOfOne: string,
): Promise<TextDiffPart[]> {
  const [a, b] = await Promise.all([findById(db, entity, fromId), findById(db, entity, toId)]);
  if (!a || !b) throw notFound("Revision");
  if (parentOf(a) !== parentOf(b)) throw badInput({ toId: notOfOne });
  return diffWords(textOf(a), textOf(b)).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
}
