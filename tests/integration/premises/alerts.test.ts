import { Premises, PremisesSavedSearch } from "../../../entities/premises";
import { MailMessage } from "../../../entities/system";
import { Role, type User } from "../../../entities/users";
import { runPremisesAlerts } from "../../../server/modules/premises/premises.alerts";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createPesMember, createUser } from "../../factories";

let db: TestDb;
let pes: User, other: User;
beforeAll(async () => {
  db = await createTestDb();
  pes = (await createPesMember(db.ds)).user;
  other = await createUser(db.ds, { role: Role.RESIDENT });
});
afterAll(() => db.drop());

const SAVE = `mutation($name: String!, $filter: PremisesFilter) { savePremisesSearch(name: $name, filter: $filter) { id name active query } }`;
const MINE = `{ myPremisesSearches { id name query } }`;
const mails = () => db.ds.getRepository(MailMessage).find({ where: { template: "premises.alert.digest" } });

/** Pretends time has passed: the search was checked long ago, changes settled. */
async function age() {
  await db.ds.query(`UPDATE premises_saved_searches SET last_checked_at = now() - interval '10 minutes'`);
  await db.ds.query(`UPDATE premises SET updated_at = now() - interval '2 minutes' WHERE updated_at > now() - interval '2 minutes'`);
}

describe("saved premises searches", () => {
  let searchId: string;
  it("saves the current filter for a signed-in user and lists it", async () => {
    const s = ok(await gql(db.ds, SAVE, { name: " Podgórz do 3000 zł ", filter: { districts: ["Podgórz"], rentMax: 3000, stepFree: true } }, pes.id)).savePremisesSearch;
    expect(s).toMatchObject({ name: "Podgórz do 3000 zł", active: true });
    expect(new URLSearchParams(s.query).get("rentMax")).toBe("3000");
    searchId = s.id;
    expect(ok(await gql(db.ds, MINE, {}, pes.id)).myPremisesSearches.map((x: any) => x.id)).toEqual([searchId]);
    expect(ok(await gql(db.ds, MINE, {}, other.id)).myPremisesSearches).toEqual([]);
  });

  it("refuses anonymous users and invalid filters", async () => {
    expect(errorCode(await gql(db.ds, SAVE, { name: "x", filter: {} }, null))).toBe("UNAUTHENTICATED");
    const r = await gql(db.ds, SAVE, { name: "x", filter: { areaMin: 10, areaMax: 5 } }, pes.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.fields).toHaveProperty("areaMin");
  });

  it("sends one digest for all new matching premises, nothing for others, and nothing twice", async () => {
    const repo = db.ds.getRepository(Premises);
    await repo.insert([
      { address: "ul. Poznańska 1", district: "Podgórz", areaM2: 50, monthlyRent: 1500, stepFree: true },
      { address: "ul. Poznańska 2", district: "Podgórz", areaM2: 60, monthlyRent: 2500, stepFree: true },
      { address: "ul. Poznańska 3", district: "Podgórz", areaM2: 60, monthlyRent: 9000, stepFree: true },
      { address: "ul. Szeroka 1", district: "Stare Miasto", areaM2: 60, monthlyRent: 1000, stepFree: true },
    ]);
    await age();
    expect(await runPremisesAlerts(db.ds)).toBe(1);
    const m = await mails();
    expect(m).toHaveLength(1);
    expect(m[0].to).toBe(pes.email);
    expect(m[0].text).toContain("Poznańska 1");
    expect(m[0].text).toContain("Poznańska 2");
    expect(m[0].text).not.toContain("Poznańska 3");
    expect(m[0].text).not.toContain("Szeroka");
    expect(m[0].text).toContain("/premises/alerts/unsubscribe?token=");
    expect(await runPremisesAlerts(db.ds)).toBe(0);
  });

  it("alerts about a premises that changed to match", async () => {
    await db.ds.getRepository(Premises).update({ address: "ul. Poznańska 3" }, { monthlyRent: 2000 });
    await age();
    expect(await runPremisesAlerts(db.ds)).toBe(1);
    expect((await mails())[1].text).toContain("Poznańska 3");
  });

  it("unsubscribes with the e-mail's token, without signing in", async () => {
    const s = await db.ds.getRepository(PremisesSavedSearch).findOneByOrFail({ id: searchId });
    expect(errorCode(await gql(db.ds, `mutation($t: String!) { unsubscribePremisesSearch(token: $t) }`, { t: "x".repeat(32) }))).toBe("BAD_USER_INPUT");
    expect(ok(await gql(db.ds, `mutation($t: String!) { unsubscribePremisesSearch(token: $t) }`, { t: s.unsubscribeToken })).unsubscribePremisesSearch).toBe(true);
    await db.ds.getRepository(Premises).insert({ address: "ul. Poznańska 4", district: "Podgórz", areaM2: 50, monthlyRent: 1500, stepFree: true });
    await age();
    expect(await runPremisesAlerts(db.ds)).toBe(0);
    expect(ok(await gql(db.ds, MINE, {}, pes.id)).myPremisesSearches).toEqual([]);
  });

  it("deletes only one's own saved search", async () => {
    const s = ok(await gql(db.ds, SAVE, { name: "Wszystko", filter: null }, pes.id)).savePremisesSearch;
    const del = `mutation($id: ID!) { deletePremisesSearch(id: $id) }`;
    expect(errorCode(await gql(db.ds, del, { id: s.id }, other.id))).toBe("NOT_FOUND");
    expect(ok(await gql(db.ds, del, { id: s.id }, pes.id)).deletePremisesSearch).toBe(true);
  });
});

/**
 * Deleting an account locks the person, then deletes their saved searches. The alert job
 * claimed searches first and reached their owners only when notifying them: a person
 * deleting their account while the job ran made each wait for the other, and PostgreSQL
 * broke the cycle with an error (the whole run, or the deletion, failed). The job now
 * passes over a person who is going and comes back to nobody.
 */
describe("the alert job while a person deletes their account", () => {
  it("passes over that person's searches instead of holding them while it waits for the person", async () => {
    const person = await createUser(db.ds, { role: Role.RESIDENT });
    const s = ok(await gql(db.ds, SAVE, { name: "Łazienna", filter: { districts: ["Stare Miasto"] } }, person.id)).savePremisesSearch;
    await db.ds.getRepository(Premises).insert({ address: "ul. Łazienna 5", district: "Stare Miasto", areaM2: 40, monthlyRent: 1200 });
    await age();
    await afterOtherCommits(
      db.ds,
      // What deleteMyAccount locks first…
      (other) => other.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [person.id]),
      () => runPremisesAlerts(db.ds),
      async (other) => {
        // …and then: the search is free (NOWAIT fails if the job holds it), and goes.
        await other.query(`SELECT id FROM premises_saved_searches WHERE id = $1 FOR UPDATE NOWAIT`, [s.id]);
        await other.query(`DELETE FROM premises_saved_searches WHERE user_id = $1`, [person.id]);
        await other.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [person.id]);
      },
    );
    expect((await mails()).filter((m) => m.to === person.email)).toEqual([]);
    expect(await db.ds.getRepository(PremisesSavedSearch).countBy({ userId: person.id })).toBe(0);
  });
});
