import { Booking, DemandQuestion, ItemRequest, NoticeKind } from "../../../entities/marketplace";
import { Notification } from "../../../entities/notifications";
import { MailMessage } from "../../../entities/system";
import { Registration } from "../../../entities/trainings";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { day, future, makeDemand, makeNotice } from "../marketplace/marketplace-helpers";
import { createTraining } from "../trainings/helpers";

/**
 * What one account can make the platform e-mail to other people: the requestToOthers and
 * groupAttendees budgets of server/rate-limit.ts. The (N+1)-th call is RATE_LIMITED and
 * neither stores nor queues anything.
 */
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const ASK = `mutation($id: ID!, $q: String!) { askDemandQuestion(demandId: $id, question: $q) { id } }`;
const BOOK = `mutation($id: ID!, $from: Date!, $to: Date!) { requestBooking(noticeId: $id, from: $from, to: $to) { id } }`;
const ITEM = `mutation($id: ID!, $m: String!) { requestItem(noticeId: $id, message: $m) { id } }`;
const GROUP = `mutation($id: ID!, $a: [GroupAttendeeInput!]!) { registerGroupForTraining(trainingId: $id, attendees: $a) { id } }`;

const queued = async () => ({
  mails: await db.ds.getRepository(MailMessage).count(),
  notifications: await db.ds.getRepository(Notification).count(),
});

async function lender() {
  const { user, organization } = await createPesMember(db.ds);
  return makeNotice(db.ds, { userId: user.id, organizationId: organization.id });
}

describe("requests that e-mail someone else share 30 an hour per account", () => {
  it("refuses a PES member's 31st demand question with RATE_LIMITED, storing and sending nothing", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const asker = (await createPesMember(db.ds)).user;
    for (let i = 0; i < 30; i++) ok(await gql(db.ds, ASK, { id: demand.id, q: `Pytanie numer ${i} o termin realizacji?` }, asker.id));
    const before = await queued();
    expect(errorCode(await gql(db.ds, ASK, { id: demand.id, q: "Jeszcze jedno pytanie o termin?" }, asker.id))).toBe("RATE_LIMITED");
    expect(await db.ds.getRepository(DemandQuestion).countBy({ askedById: asker.id })).toBe(30);
    expect(await queued()).toEqual(before);
  });

  it("counts booking and item requests against the same budget: the 31st of any kind is refused", async () => {
    const person = await createUser(db.ds);
    const notice = await lender();
    for (let i = 0; i < 15; i++) ok(await gql(db.ds, BOOK, { id: notice.id, from: day(3), to: day(4) }, person.id));
    for (let i = 0; i < 15; i++) {
      const { user, organization } = await createPesMember(db.ds);
      const gift = await makeNotice(db.ds, { userId: user.id, organizationId: organization.id }, { kind: NoticeKind.GIVE_AWAY });
      ok(await gql(db.ds, ITEM, { id: gift.id, m: "Chętnie odbiorę" }, person.id));
    }
    const before = await queued();
    expect(errorCode(await gql(db.ds, BOOK, { id: notice.id, from: day(5), to: day(6) }, person.id))).toBe("RATE_LIMITED");
    const gift = await makeNotice(db.ds, { userId: (await createUser(db.ds)).id }, { kind: NoticeKind.GIVE_AWAY });
    expect(errorCode(await gql(db.ds, ITEM, { id: gift.id, m: "Chętnie odbiorę" }, person.id))).toBe("RATE_LIMITED");
    expect(await db.ds.getRepository(Booking).countBy({ borrowerId: person.id })).toBe(15);
    expect(await db.ds.getRepository(ItemRequest).countBy({ requesterId: person.id })).toBe(15);
    expect(await queued()).toEqual(before);
    // One account's budget is its own.
    ok(await gql(db.ds, BOOK, { id: notice.id, from: day(5), to: day(6) }, (await createUser(db.ds)).id));
  });

  it("does not count staff: an official is never stopped working through requests", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const notice = await lender();
    for (let i = 0; i < 31; i++) ok(await gql(db.ds, BOOK, { id: notice.id, from: day(3), to: day(4) }, official.id));
  });
});

describe("group registration counts each colleague e-mailed, 60 an hour per account", () => {
  const people = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ name: `Osoba ${i}`, email: `${tag}-${i}@example.org` }));

  it("registers three full groups of 20, then refuses even one more person with RATE_LIMITED and sends nothing", async () => {
    const pes = (await createPesMember(db.ds)).user;
    for (let g = 0; g < 3; g++) {
      const id = await createTraining(db.ds, { audience: ["PES"] });
      expect(ok(await gql(db.ds, GROUP, { id, a: people(20, `g${g}`) }, pes.id)).registerGroupForTraining).toHaveLength(20);
    }
    const id = await createTraining(db.ds, { audience: ["PES"] });
    const before = await queued();
    expect(errorCode(await gql(db.ds, GROUP, { id, a: people(1, "extra") }, pes.id))).toBe("RATE_LIMITED");
    expect(await db.ds.getRepository(Registration).countBy({ trainingId: id })).toBe(0);
    expect(await queued()).toEqual(before);
  });
});
