import { ProgrammePage } from "../../../entities/news";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok, type GqlResult } from "../../helpers/graphql";
import type { RoleSet } from "../../factories";
import { createNewsTestDb } from "./helpers";

let db: TestDb;
let roles: RoleSet;
beforeAll(async () => ({ db, roles } = await createNewsTestDb()));
afterAll(() => db.drop());

const UPDATE = `mutation($key: String!, $i: ProgrammePageInput!) {
  updateProgrammePage(key: $key, input: $i) { titleEn bodyEn hasUnpublishedChanges draft { title titleEn bodyEn bodyHtmlEn } }
}`;
const PUBLISH = `mutation($key: String!) { publishProgrammePage(key: $key) { titleEn bodyEn hasUnpublishedChanges } }`;
const PAGE = `query($key: String!) { programmePage(key: $key) { title titleEn bodyEn bodyHtmlEn draft { titleEn bodyHtmlEn } } }`;
const REVS = `query($key: String!) { programmePageRevisions(key: $key) { id titleEn bodyEn } }`;
const admin = () => roles.admin.id;
const nonAdmins = () => [null, roles.resident.id, roles.pes.id, roles.official.id];
const fieldsOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields ?? {};

describe("the English version of a programme page", () => {
  it("comes with the seeded sections and the legal texts, the privacy notice saying the Polish text is binding", async () => {
    for (const key of ["about", "team", "awards", "partners", "privacy", "terms"]) {
      const p = ok(await gql(db.ds, PAGE, { key })).programmePage;
      expect([key, typeof p.titleEn, typeof p.bodyHtmlEn]).toEqual([key, "string", "string"]);
    }
    expect(ok(await gql(db.ds, PAGE, { key: "privacy" })).programmePage.bodyEn).toContain("The Polish text of this notice is binding");
  });

  it("is saved with the Polish edit as one draft, sanitised like it, and goes live when the section is published", async () => {
    const seeded = ok(await gql(db.ds, PAGE, { key: "awards" })).programmePage;
    const i = { title: "Nagrody", body: "Nagrody **miasta**", titleEn: "Awards", bodyEn: "The city's **awards** <script>alert(1)</script>" };
    const saved = ok(await gql(db.ds, UPDATE, { key: "awards", i }, admin())).updateProgrammePage;
    expect(saved).toMatchObject({ titleEn: seeded.titleEn, bodyEn: seeded.bodyEn, hasUnpublishedChanges: true, draft: { title: "Nagrody", titleEn: "Awards" } });
    expect(saved.draft.bodyHtmlEn).toContain("<strong>awards</strong>");
    expect(saved.draft.bodyHtmlEn).not.toContain("<script");

    // Readers keep the published English before publication, and see nothing of the draft.
    for (const u of nonAdmins()) {
      expect(ok(await gql(db.ds, PAGE, { key: "awards" }, u)).programmePage).toMatchObject({ titleEn: seeded.titleEn, bodyEn: seeded.bodyEn, draft: null });
    }
    ok(await gql(db.ds, PUBLISH, { key: "awards" }, admin()));
    const live = ok(await gql(db.ds, PAGE, { key: "awards" })).programmePage;
    expect(live).toMatchObject({ title: "Nagrody", titleEn: "Awards", bodyEn: i.bodyEn });
    expect(live.bodyHtmlEn).toContain("<strong>awards</strong>");
    expect(live.bodyHtmlEn).not.toContain("<script");
  });

  it("stays as it is when an edit leaves it out, and is removed by two empty texts", async () => {
    ok(await gql(db.ds, UPDATE, { key: "team", i: { title: "Zespół", body: "Skład", titleEn: "Team", bodyEn: "Members" } }, admin()));
    ok(await gql(db.ds, PUBLISH, { key: "team" }, admin()));

    const polishOnly = ok(await gql(db.ds, UPDATE, { key: "team", i: { title: "Zespół", body: "Nowy skład" } }, admin())).updateProgrammePage;
    expect(polishOnly.draft).toMatchObject({ titleEn: "Team", bodyEn: "Members" });
    ok(await gql(db.ds, PUBLISH, { key: "team" }, admin()));
    expect(ok(await gql(db.ds, PAGE, { key: "team" })).programmePage).toMatchObject({ titleEn: "Team", bodyEn: "Members" });

    const removed = ok(await gql(db.ds, UPDATE, { key: "team", i: { title: "Zespół", body: "Nowy skład", titleEn: "", bodyEn: "" } }, admin()))
      .updateProgrammePage;
    expect(removed).toMatchObject({ hasUnpublishedChanges: true, draft: { titleEn: null, bodyEn: null } });
    ok(await gql(db.ds, PUBLISH, { key: "team" }, admin()));
    expect(ok(await gql(db.ds, PAGE, { key: "team" })).programmePage).toMatchObject({ titleEn: null, bodyEn: null, bodyHtmlEn: null });
  });

  it("is kept in the revisions and restored with them", async () => {
    ok(await gql(db.ds, UPDATE, { key: "about", i: { title: "O programie", body: "Tekst", titleEn: "About", bodyEn: "First English" } }, admin()));
    ok(await gql(db.ds, UPDATE, { key: "about", i: { title: "O programie", body: "Tekst", titleEn: "About", bodyEn: "Second English" } }, admin()));
    const revs = ok(await gql(db.ds, REVS, { key: "about" }, admin())).programmePageRevisions;
    expect(revs.slice(0, 2).map((r: { bodyEn: string }) => r.bodyEn)).toEqual(["Second English", "First English"]);
    const diff = ok(await gql(db.ds, `query($a: ID!, $b: ID!) { programmePageRevisionDiff(fromId: $a, toId: $b) { value added } }`, { a: revs[1].id, b: revs[0].id }, admin()))
      .programmePageRevisionDiff;
    expect(diff).toEqual(expect.arrayContaining([{ value: "Second", added: true }]));
    const restored = ok(await gql(db.ds, `mutation($id: ID!) { restoreProgrammePageRevision(revisionId: $id) { draft { bodyHtmlEn } } }`, { id: revs[1].id }, admin()))
      .restoreProgrammePageRevision;
    expect(restored.draft.bodyHtmlEn).toContain("First English");
  });

  it("refuses one English text without the other, and English texts out of bounds, changing nothing", async () => {
    const before = await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "partners" });
    const cases: [Record<string, string>, string][] = [
      [{ titleEn: "Partners" }, "bodyEn"],
      [{ bodyEn: "Our partners" }, "titleEn"],
      [{ titleEn: "", bodyEn: "Our partners" }, "titleEn"],
      [{ titleEn: "Partners", bodyEn: "" }, "bodyEn"],
      [{ titleEn: "P", bodyEn: "Our partners" }, "titleEn"],
      [{ titleEn: "x".repeat(201), bodyEn: "Our partners" }, "titleEn"],
    ];
    for (const [english, field] of cases) {
      const r = await gql(db.ds, UPDATE, { key: "partners", i: { title: "Partnerzy", body: "Lista", ...english } }, admin());
      expect([errorCode(r), Object.keys(fieldsOf(r))]).toEqual(["BAD_USER_INPUT", [field]]);
    }
    const after = await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "partners" });
    expect(after).toEqual(before);
  });

  it("may be edited by admins only", async () => {
    const before = await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "partners" });
    for (const u of nonAdmins()) {
      const r = await gql(db.ds, UPDATE, { key: "partners", i: { title: "Partnerzy", body: "Lista", titleEn: "Partners", bodyEn: "List" } }, u);
      expect(errorCode(r)).toBe(u ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    expect(await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "partners" })).toEqual(before);
  });
});
