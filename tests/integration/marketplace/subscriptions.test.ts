import { Demand } from "../../../entities/marketplace";
import { MailMessage } from "../../../entities/system";
import { Role } from "../../../entities/users";
import { sendDemandDigests } from "../../../server/modules/marketplace/subscriptions.service";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { future, makeDemand } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const SUB = `mutation($c: String!) { subscribeToDemandCategory(category: $c) }`;

describe("demand category subscriptions", () => {
  it("a PES subscribes idempotently; residents cannot; a bad category is named", async () => {
    const { user } = await createPesMember(db.ds);
    ok(await gql(db.ds, SUB, { c: "Sprzątanie" }, user.id));
    expect(ok(await gql(db.ds, SUB, { c: " Sprzątanie " }, user.id)).subscribeToDemandCategory).toEqual(["Sprzątanie"]);
    const resident = await createUser(db.ds);
    expect(errorCode(await gql(db.ds, SUB, { c: "Sprzątanie" }, resident.id))).toBe("FORBIDDEN");
    const r = await gql(db.ds, SUB, { c: "x" }, user.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.fields).toHaveProperty("category");
  });

  it("the digest job mails each subscriber once with the new demands of their categories, and never again", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const a = await createPesMember(db.ds);
    const b = await createPesMember(db.ds);
    ok(await gql(db.ds, SUB, { c: "Poligrafia" }, a.user.id));
    ok(await gql(db.ds, SUB, { c: "Catering" }, b.user.id));
    const print = await makeDemand(db.ds, official, future(), { category: "Poligrafia", title: "Druk ulotek" });
    await makeDemand(db.ds, official, future(), { category: "Ogród", title: "Koszenie" });

    expect(await sendDemandDigests(db.ds)).toBe(1);
    const mails = await db.ds.getRepository(MailMessage).findBy({ template: "marketplace.demand-digest" });
    expect(mails.map((m) => m.to)).toEqual([a.user.email]);
    expect(mails[0].text).toContain("Druk ulotek");
    expect(mails[0].text).not.toContain("Koszenie");
    expect((await db.ds.getRepository(Demand).findOneByOrFail({ id: print.id })).digestSentAt).not.toBeNull();

    expect(await sendDemandDigests(db.ds)).toBe(0);
    expect(await db.ds.getRepository(MailMessage).countBy({ template: "marketplace.demand-digest" })).toBe(1);
  });
});
