import type { EntityManager } from "typeorm";
import { consumeOnBehalfOf } from "../../rate-limit";
import { EquipmentNotice, ItemRequest, ItemRequestStatus, NoticeKind, NoticeStatus } from "../../../entities/marketplace";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { requireUser } from "../../auth/require-user";
import { ownsNotice } from "./marketplace.policy";
import { checkOwnerDecision, decideAsOwner, saveDecision } from "./owner-decisions";
import { noticeContacts } from "./notice-contacts";
import { findByIdOrNotFound, isUuid, lockByIdOrNotFound } from "../../ids";
import { isUniqueViolation } from "../../db-errors";

async function mailUser(em: EntityManager, userId: string, subject: string, body: string, template: string, dedupeKey: string) {
  const user = await em.getRepository(User).findOneBy({ id: userId });
  if (!user) return;
  const text = `Dzień dobry ${user.name},\n\n${body}`;
  await enqueueTextMail(em, { to: user.email, subject, text, template, dedupeKey });
}

/**
 * Asks for a GIVE_AWAY, EXCHANGE or WANTED notice's item with a message to its owner
 * (LEND notices use bookings). One live request per person and notice.
 */
export async function requestItem(ctx: Context, noticeId: string, message: string): Promise<ItemRequest> {
  const user = requireUser(ctx);
  const text = message.trim();
  if (text.length < 1 || text.length > 2000) throw badInput({ message: "Message must have 1–2000 characters" });
  await consumeOnBehalfOf("requestToOthers", user);
  try {
    return await ctx.db.transaction(async (em) => {
      // Share-locked until the request is saved: an acceptance or a status change of the item
      // (they lock or update the notice) is waited for and seen, so no request stays open on
      // an item that was reserved, handed over or closed meanwhile.
      const notice = isUuid(noticeId)
        ? await em.getRepository(EquipmentNotice).createQueryBuilder("n").setLock("pessimistic_read").where("n.id = :noticeId", { noticeId }).getOne()
        : null;
      if (!notice) throw notFound("Notice");
      if (await ownsNotice(ctx, notice)) throw forbidden("You cannot ask for your own item");
      if (notice.kind === NoticeKind.LEND) throw badInput({ noticeId: "LEND notices are booked for dates, not requested" });
      if (notice.status !== NoticeStatus.AVAILABLE) throw conflict("This item is no longer available");
      const req = await em.save(em.getRepository(ItemRequest).create({ noticeId: notice.id, requesterId: user.id, message: text }));
      const body = `Dzień dobry,\n\n${user.name} pyta o „${notice.title}”:\n\n${text}\n\n${appLink(`/marketplace/equipment/${notice.id}`)}`;
      for (const to of await noticeContacts(em, notice)) {
        await enqueueTextMail(em, {
          to,
          subject: `Nowa prośba: ${notice.title}`,
          text: body,
          template: "marketplace.item-requested",
          dedupeKey: `item-request:${req.id}:requested:${to}`,
        });
      }
      return req;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("You have already asked for this item");
    throw err;
  }
}

async function lockRequest(em: EntityManager, id: string) {
  const found = await findByIdOrNotFound(em, ItemRequest, id, "Request");
  // Notice first, then the request: every path takes the locks in this order (no deadlocks),
  // and locking the notice serialises two acceptances of the same item.
  const notice = await lockByIdOrNotFound(em, EquipmentNotice, found.noticeId, "Notice");
  const req = await lockByIdOrNotFound(em, ItemRequest, id, "Request");
  return { req, notice };
}

/**
 * The owner accepts one request: the notice becomes RESERVED and the other open
 * requests are declined (everyone is e-mailed). The database allows one ACCEPTED request per notice.
 */
export async function acceptItemRequest(ctx: Context, id: string): Promise<ItemRequest> {
  requireUser(ctx);
  try {
    return await ctx.db.transaction(async (em) => {
      const { req, notice } = await lockRequest(em, id);
      await checkOwnerDecision(ctx, notice, req, "request", "Only the item's owner accepts requests");
      if (notice.status !== NoticeStatus.AVAILABLE) throw conflict("This item is no longer available");
      await saveDecision(em, req, ItemRequestStatus.ACCEPTED);
      notice.status = NoticeStatus.RESERVED;
      await em.save(notice);
      const others = await em.getRepository(ItemRequest).findBy({ noticeId: notice.id, status: ItemRequestStatus.REQUESTED });
      for (const o of others) {
        await saveDecision(em, o, ItemRequestStatus.DECLINED);
        await mailUser(em, o.requesterId, `Prośba nieprzyjęta: ${notice.title}`, `Właściciel przekazał „${notice.title}” innej osobie.`, "marketplace.item-declined", `item-request:${o.id}:declined`);
      }
      await mailUser(
        em,
        req.requesterId,
        `Prośba przyjęta: ${notice.title}`,
        `Właściciel przyjął Twoją prośbę o „${notice.title}”. Umówcie się na przekazanie: ${appLink(`/marketplace/equipment/${notice.id}`)}`,
        "marketplace.item-accepted",
        `item-request:${req.id}:accepted`,
      );
      return req;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("Another request for this item was accepted");
    throw err;
  }
}

/** The owner declines a request. */
export function declineItemRequest(ctx: Context, id: string): Promise<ItemRequest> {
  return decideAsOwner(ctx, (em) => lockRequest(em, id).then(({ req, notice }) => ({ asked: req, notice })), {
    what: "request",
    refusal: "Only the item's owner declines requests",
    status: ItemRequestStatus.DECLINED,
    tell: (em, req, notice) =>
      mailUser(em, req.requesterId, `Prośba nieprzyjęta: ${notice.title}`, `Właściciel nie przyjął prośby o „${notice.title}”.`, "marketplace.item-declined", `item-request:${req.id}:declined`),
  });
}

/** The requester withdraws their request; an accepted one frees the item again. */
export async function withdrawItemRequest(ctx: Context, id: string): Promise<ItemRequest> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const { req, notice } = await lockRequest(em, id);
    if (req.requesterId !== user.id) throw forbidden();
    if (req.status !== ItemRequestStatus.REQUESTED && req.status !== ItemRequestStatus.ACCEPTED) {
      throw conflict(`This request is ${req.status.toLowerCase()}`);
    }
    if (req.handedOverAt) throw conflict("The item has already been handed over to you");
    if (req.status === ItemRequestStatus.ACCEPTED && notice.status === NoticeStatus.RESERVED) {
      notice.status = NoticeStatus.AVAILABLE;
      await em.save(notice);
    }
    req.status = ItemRequestStatus.WITHDRAWN;
    await em.save(req);
    return req;
  });
}

export const MAX_HANDOVER_NOTE = 2000;

/**
 * The owner records that the accepted requester received the item: the request keeps who
 * and when, and the notice becomes HANDED_OVER (so it leaves the listings).
 */
export async function recordItemHandover(ctx: Context, id: string, note?: string | null): Promise<ItemRequest> {
  const user = requireUser(ctx);
  const text = note?.trim() || null;
  if (text && text.length > MAX_HANDOVER_NOTE) throw badInput({ note: `At most ${MAX_HANDOVER_NOTE} characters` });
  return ctx.db.transaction(async (em) => {
    const { req, notice } = await lockRequest(em, id);
    if (!(await ownsNotice(ctx, notice))) throw forbidden("Only the item's owner records handovers");
    if (req.status !== ItemRequestStatus.ACCEPTED) throw conflict("Only an accepted request can be handed over");
    if (req.handedOverAt) throw conflict("The handover is already recorded");
    // HANDED_OVER too: the owner may have marked the notice by hand before recording who received it.
    if (notice.status !== NoticeStatus.RESERVED && notice.status !== NoticeStatus.HANDED_OVER) {
      throw conflict(`The notice is ${notice.status.toLowerCase()}`);
    }
    req.handedOverAt = new Date();
    req.handedOverById = user.id;
    req.handoverNote = text;
    await em.save(req);
    notice.status = NoticeStatus.HANDED_OVER;
    await em.save(notice);
    return req;
  });
}

export async function myItemRequests(ctx: Context): Promise<ItemRequest[]> {
  const user = requireUser(ctx);
  return ctx.db.getRepository(ItemRequest).find({ where: { requesterId: user.id }, order: { createdAt: "DESC" }, take: 200 });
}
