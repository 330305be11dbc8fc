import { PremisesSavedSearch } from "../../../entities/premises";
import { Role } from "../../../entities/users";
import { exportAccount } from "../../../server/modules/users/account-export.service";
import { FACTORY_PASSWORD, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { REGISTER, createTraining } from "../trainings/helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

describe("account export (GET /account/export.json)", () => {
  it("holds the person's own data, grouped by section with dates, and nothing of another person", async () => {
    const me = await createUser(db.ds, { name: "Ala Eksportowa" });
    const someone = await createUser(db.ds, { name: "Ola Postronna", role: Role.RESIDENT });
    const trainingId = await createTraining(db.ds);
    ok(await gql(db.ds, REGISTER, { id: trainingId }, me.id));
    ok(await gql(db.ds, REGISTER, { id: trainingId }, someone.id));
    for (const [u, n] of [[me, "Moje wyszukiwanie"], [someone, "Cudze wyszukiwanie"]] as const) {
      await db.ds.getRepository(PremisesSavedSearch).insert({ userId: u.id, name: n, filter: { areaMin: 10 }, unsubscribeToken: `${u.id}-t`, lastCheckedAt: new Date() });
    }
    const doc = (await exportAccount(db.ds, me.id))!;
    expect(doc.profile).toMatchObject({ id: me.id, email: me.email, name: "Ala Eksportowa" });
    expect(doc.profile.createdAt).toBeInstanceOf(Date);
    expect(doc.sections.trainingRegistrations.items).toHaveLength(1);
    expect(doc.sections.trainingRegistrations.items[0]).toMatchObject({ status: "CONFIRMED" });
    expect(doc.sections.savedSearches.items.map((s) => s.name)).toEqual(["Moje wyszukiwanie"]);
    // The welcome-style e-mails of the registration are there; the other person's are not.
    expect(doc.sections.emails.items.length).toBeGreaterThan(0);
    const text = JSON.stringify(doc);
    expect(text).not.toContain(someone.email);
    expect(text).not.toContain("Ola Postronna");
    expect(text).not.toContain("Cudze wyszukiwanie");
    expect(text).not.toContain("passwordHash");
  });

  it("has nothing for an unknown or deleted account (the route then answers 401)", async () => {
    const gone = await createUser(db.ds);
    ok(await gql(db.ds, `mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: FACTORY_PASSWORD }, gone.id));
    expect(await exportAccount(db.ds, gone.id)).toBeNull();
    expect(await exportAccount(db.ds, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});
