import { DemandAmendment, DemandStatus, Offer } from "../../../entities/marketplace";
import { audit } from "../../audit";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { badInput, conflict, forbidden } from "../../errors";
import type { DemandAmendmentInput } from "./marketplace.inputs";
import { lockDemand } from "./demands.service";
import { mailAmendment } from "./demands.mail";
import { deadlinePassed, managesDemand } from "./marketplace.policy";

/**
 * The posting official (or an admin) changes an open demand before its deadline: the
 * description, the deadline, or (with the note alone) its documents, which are uploaded
 * on their own. Every change is a public amendment; those who offered are e-mailed and may
 * replace their offer. Shortening the deadline once offers are in is CONFLICT: the
 * bidders planned for the published one.
 */
export async function amendDemand(ctx: Context, demandId: string, input: DemandAmendmentInput) {
  const user = requireUser(ctx);
  const note = input.note.trim();
  if (note.length < 3) throw badInput({ note: "The note must have 3–2000 characters" });
  if (input.deadline && input.deadline.getTime() <= Date.now()) throw badInput({ deadline: "The deadline must be in the future" });
  return ctx.db.transaction(async (em) => {
    // A write lock: an offer sent meanwhile waits, so "no offers yet" stays true until commit.
    const demand = await lockDemand(em, demandId, "pessimistic_write");
    if (!managesDemand(ctx, demand)) throw forbidden("Only the posting official amends a demand");
    if (demand.status !== DemandStatus.OPEN || deadlinePassed(demand)) throw conflict("A demand can be amended only before its deadline");
    const previousDeadline = demand.deadline;
    const deadlineChanged = !!input.deadline && input.deadline.getTime() !== previousDeadline.getTime();
    if (deadlineChanged && input.deadline!.getTime() < previousDeadline.getTime()) {
      const offers = await em.getRepository(Offer).countBy({ demandId: demand.id });
      if (offers > 0) throw conflict("The deadline cannot be shortened once offers have been sent");
    }
    const description = input.description == null ? demand.description : input.description.trim() || null;
    const descriptionChanged = description !== demand.description;
    demand.description = description;
    if (deadlineChanged) demand.deadline = input.deadline!;
    await em.save(demand);
    const amendment = await em.getRepository(DemandAmendment).save(
      em.getRepository(DemandAmendment).create({
        demandId: demand.id,
        createdById: user.id,
        note,
        descriptionChanged,
        previousDeadline: deadlineChanged ? previousDeadline : null,
        newDeadline: deadlineChanged ? demand.deadline : null,
      }),
    );
    await mailAmendment(em, demand, amendment.id, note);
    await audit(em, user.id, "demand.amend", "Demand", demand.id, { amendmentId: amendment.id });
    return demand;
  });
}
