import { Demand, DemandQuestion, DemandStatus } from "../../../entities/marketplace";
import { consumeOnBehalfOf } from "../../rate-limit";
import { User } from "../../../entities/users";
import { audit } from "../../audit";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { badInput, conflict, forbidden } from "../../errors";
import { lockByIdOrNotFound } from "../../ids";
import { requireVerifiedPes } from "../organizations/organizations.policy";
import { lockDemand } from "./demands.service";
import { mailAnswer, mailQuestionToOfficial } from "./demands.mail";
import { deadlinePassed, managesDemand } from "./marketplace.policy";

export const QUESTION_LIMITS = { min: 5, max: 2000 } as const;
export const ANSWER_LIMITS = { min: 1, max: 5000 } as const;

function cleanText(field: string, value: string, limits: { min: number; max: number }): string {
  const text = value.trim();
  if (text.length < limits.min || text.length > limits.max) throw badInput({ [field]: `Must have ${limits.min}–${limits.max} characters` });
  return text;
}

/**
 * A member of a verified PES asks about an open demand before its deadline. The question
 * is public at once; who asked is stored but never published (not even to the official).
 */
export async function askDemandQuestion(ctx: Context, demandId: string, question: string): Promise<DemandQuestion> {
  const user = requireUser(ctx);
  await requireVerifiedPes(ctx);
  const text = cleanText("question", question, QUESTION_LIMITS);
  await consumeOnBehalfOf("requestToOthers", user);
  return ctx.db.transaction(async (em) => {
    const demand = await lockDemand(em, demandId, "pessimistic_read");
    if (demand.status !== DemandStatus.OPEN || deadlinePassed(demand)) throw forbidden("Questions are accepted only before the deadline");
    const q = await em.getRepository(DemandQuestion).save(em.getRepository(DemandQuestion).create({ demandId: demand.id, askedById: user.id, question: text }));
    const official = await em.getRepository(User).findOneBy({ id: demand.createdById });
    await mailQuestionToOfficial(em, demand, q.id, official && !official.deletedAt ? official.email : null);
    await audit(em, user.id, "demand.question.ask", "Demand", demand.id, { questionId: q.id });
    return q;
  });
}

/**
 * The posting official (or an admin) answers once; the answer is public and e-mailed to
 * everyone who offered or follows the category, and to the asker. A second answer is
 * CONFLICT (a published answer is not rewritten behind the bidders' backs).
 */
export async function answerDemandQuestion(ctx: Context, questionId: string, answer: string): Promise<DemandQuestion> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const q = await lockByIdOrNotFound(em, DemandQuestion, questionId, "Question");
    const demand = await em.getRepository(Demand).findOneByOrFail({ id: q.demandId });
    if (!managesDemand(ctx, demand)) throw forbidden("Only the posting official answers");
    const text = cleanText("answer", answer, ANSWER_LIMITS);
    if (q.answer != null) throw conflict("This question is already answered");
    q.answer = text;
    q.answeredById = user.id;
    q.answeredAt = new Date();
    await em.save(q);
    const asker = q.askedById ? await em.getRepository(User).findOneBy({ id: q.askedById }) : null;
    await mailAnswer(em, demand, q.id, q.question, text, asker && !asker.deletedAt ? asker : null);
    await audit(em, user.id, "demand.question.answer", "Demand", demand.id, { questionId: q.id });
    return q;
  });
}
