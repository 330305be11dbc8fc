import { readFileSync } from "node:fs";
import { join } from "node:path";
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

  it("reads every column that ties a row to a person, or says here why that row is not theirs to take", async () => {
    // Staff work the programme publishes or keeps; who did it is in the audit entries the export holds.
    const notTheirs: Record<string, string> = {
      "account_tokens.user_id": "one-time sign-in and reset secrets, never handed out",
      "notification_digests.user_id": "when the last digest went out; the digest itself is in the e-mails",
      "demand_amendments.created_by_id": "staff work",
      "demand_questions.answered_by_id": "staff work",
      "news_posts.author_id": "staff work",
      "news_revisions.author_id": "staff work",
      "newsletter_issues.created_by_id": "staff work",
      "premises.owner_id": "staff work",
      "premises_enquiries.replied_by_id": "staff work",
      "premises_letting_rounds.created_by_id": "staff work",
      "premises_viewing_slots.created_by_id": "staff work",
      "programme_page_revisions.author_id": "staff work",
      "programme_pages.updated_by_id": "staff work",
      "trainings.created_by_id": "staff work",
    };
    const source = readFileSync(join(__dirname, "../../../server/modules/users/account-export.service.ts"), "utf8");
    const refs: { ref: string; tbl: string; col: string }[] = await db.ds.query(
      `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col, c.conrelid::regclass::text || '.' || a.attname AS ref
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass ORDER BY 3`,
    );
    expect(refs.length).toBeGreaterThan(20);
    // A column counts as read when one query of the export names its table and the column.
    const queries = source.split("`").filter((_, i) => i % 2 === 1);
    const read = (r: { tbl: string; col: string }) =>
      queries.some((q) => new RegExp(`(FROM|JOIN) ${r.tbl}\\b`).test(q) && new RegExp(`\\b${r.col}\\b`).test(q));
    expect(refs.filter((r) => !read(r) && !(r.ref in notTheirs)).map((r) => r.ref)).toEqual([]);
    // And the list above names only columns that exist and the export does not read.
    expect(Object.keys(notTheirs).filter((k) => !refs.some((r) => r.ref === k && !read(r)))).toEqual([]);
  });

  it("has nothing for an unknown or deleted account (the route then answers 401)", async () => {
    const gone = await createUser(db.ds);
    ok(await gql(db.ds, `mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: FACTORY_PASSWORD }, gone.id));
    expect(await exportAccount(db.ds, gone.id)).toBeNull();
    expect(await exportAccount(db.ds, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});
