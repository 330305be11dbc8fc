import { ProgrammePage } from "../../../entities/news";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import type { RoleSet } from "../../factories";
import { createNewsTestDb } from "./helpers";

let db: TestDb;
let roles: RoleSet;
beforeAll(async () => ({ db, roles } = await createNewsTestDb()));
afterAll(() => db.drop());

const UPDATE = `mutation($key: String!, $i: ProgrammePageInput!) { updateProgrammePage(key: $key, input: $i) { key title hasUnpublishedChanges draft { title body } } }`;
const PUBLISH = `mutation($key: String!) { publishProgrammePage(key: $key) { key title body hasUnpublishedChanges draft { title } } }`;
const PAGE = `query($key: String!) { programmePage(key: $key) { title body bodyHtml publishedAt hasUnpublishedChanges draft { title body bodyHtml } } }`;
const REVS = `query($key: String!) { programmePageRevisions(key: $key) { id title body kind authorName } }`;
const admin = () => roles.admin.id;
const nonAdmins = () => [null, roles.resident.id, roles.pes.id, roles.official.id];

describe("programme pages edited like news", () => {
  it("has the seeded sections published, with a first revision", async () => {
    const r = ok(await gql(db.ds, PAGE, { key: "about" }, admin())).programmePage;
    expect(r.publishedAt).not.toBeNull();
    expect(r.hasUnpublishedChanges).toBe(false);
    expect(r.draft.title).toBe(r.title);
    const revs = ok(await gql(db.ds, REVS, { key: "about" }, admin())).programmePageRevisions;
    expect(revs.map((x: { kind: string }) => x.kind)).toEqual(["CREATE"]);
  });

  it("keeps the published text live while an edit waits as a draft, then publishes it", async () => {
    const before = ok(await gql(db.ds, PAGE, { key: "awards" })).programmePage;
    const saved = ok(await gql(db.ds, UPDATE, { key: "awards", i: { title: "Nagrody (szkic)", body: "Nowy **szkic** nagród" } }, admin())).updateProgrammePage;
    expect(saved).toMatchObject({ title: before.title, hasUnpublishedChanges: true, draft: { title: "Nagrody (szkic)" } });

    // Everyone but admins sees the published version and nothing of the draft.
    for (const u of nonAdmins()) {
      const p = ok(await gql(db.ds, PAGE, { key: "awards" }, u)).programmePage;
      expect(p).toMatchObject({ title: before.title, body: before.body, hasUnpublishedChanges: false, draft: null });
      const all = ok(await gql(db.ds, `{ programmePages { title body draft { title } } }`, {}, u)).programmePages;
      expect(JSON.stringify(all)).not.toContain("szkic");
    }
    const adminView = ok(await gql(db.ds, PAGE, { key: "awards" }, admin())).programmePage;
    expect(adminView.draft.bodyHtml).toContain("<strong>szkic</strong>");

    const pub = ok(await gql(db.ds, PUBLISH, { key: "awards" }, admin())).publishProgrammePage;
    expect(pub).toMatchObject({ title: "Nagrody (szkic)", body: "Nowy **szkic** nagród", hasUnpublishedChanges: false });
    const publicView = ok(await gql(db.ds, PAGE, { key: "awards" })).programmePage;
    expect(publicView.bodyHtml).toContain("<strong>szkic</strong>");
  });

  it("an edit back to the published text leaves no pending edit; discarding keeps the published text", async () => {
    const pub = ok(await gql(db.ds, PAGE, { key: "team" })).programmePage;
    ok(await gql(db.ds, UPDATE, { key: "team", i: { title: "Zespół X", body: "x" } }, admin()));
    const back = ok(await gql(db.ds, UPDATE, { key: "team", i: { title: pub.title, body: pub.body } }, admin())).updateProgrammePage;
    expect(back.hasUnpublishedChanges).toBe(false);
    ok(await gql(db.ds, UPDATE, { key: "team", i: { title: "Zespół Y", body: "y" } }, admin()));
    const d = ok(await gql(db.ds, `mutation { discardProgrammePageDraft(key: "team") { title hasUnpublishedChanges } }`, {}, admin())).discardProgrammePageDraft;
    expect(d).toEqual({ title: pub.title, hasUnpublishedChanges: false });
  });

  it("lists revisions, diffs two and restores one as a draft", async () => {
    ok(await gql(db.ds, UPDATE, { key: "about", i: { title: "O programie", body: "Pierwsza wersja tekstu" } }, admin()));
    ok(await gql(db.ds, UPDATE, { key: "about", i: { title: "O programie", body: "Druga wersja tekstu" } }, admin()));
    const revs = ok(await gql(db.ds, REVS, { key: "about" }, admin())).programmePageRevisions;
    expect(revs.map((r: { kind: string }) => r.kind)).toEqual(["UPDATE", "UPDATE", "CREATE"]);
    expect(revs[0].authorName).toBe(roles.admin.name);
    const diff = ok(
      await gql(db.ds, `query($a: ID!, $b: ID!) { programmePageRevisionDiff(fromId: $a, toId: $b) { value added removed } }`, { a: revs[1].id, b: revs[0].id }, admin()),
    ).programmePageRevisionDiff;
    expect(diff).toEqual(
      expect.arrayContaining([
        { value: "Pierwsza", added: false, removed: true },
        { value: "Druga", added: true, removed: false },
      ]),
    );
    const seeded = revs[2];
    const restored = ok(await gql(db.ds, `mutation($id: ID!) { restoreProgrammePageRevision(revisionId: $id) { hasUnpublishedChanges draft { body } } }`, { id: revs[1].id }, admin()))
      .restoreProgrammePageRevision;
    expect(restored).toEqual({ hasUnpublishedChanges: true, draft: { body: "Pierwsza wersja tekstu" } });
    expect((await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "about" })).body).toBe(seeded.body);
    const after = ok(await gql(db.ds, REVS, { key: "about" }, admin())).programmePageRevisions;
    expect(after[0].kind).toBe("RESTORE");
  });

  it("diffs only revisions of one section", async () => {
    const a = ok(await gql(db.ds, REVS, { key: "about" }, admin())).programmePageRevisions[0].id;
    const b = ok(await gql(db.ds, REVS, { key: "team" }, admin())).programmePageRevisions[0].id;
    const r = await gql(db.ds, `query($a: ID!, $b: ID!) { programmePageRevisionDiff(fromId: $a, toId: $b) { value } }`, { a, b }, admin());
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
  });

  it("refuses publishing, discarding and restoring to non-admins and changes nothing", async () => {
    ok(await gql(db.ds, UPDATE, { key: "partners", i: { title: "Partnerzy — szkic", body: "szkic" } }, admin()));
    const before = await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "partners" });
    const revId = ok(await gql(db.ds, REVS, { key: "partners" }, admin())).programmePageRevisions[0].id;
    for (const u of nonAdmins()) {
      const want = u ? "FORBIDDEN" : "UNAUTHENTICATED";
      expect(errorCode(await gql(db.ds, PUBLISH, { key: "partners" }, u))).toBe(want);
      expect(errorCode(await gql(db.ds, `mutation { discardProgrammePageDraft(key: "partners") { key } }`, {}, u))).toBe(want);
      expect(errorCode(await gql(db.ds, `mutation($id: ID!) { restoreProgrammePageRevision(revisionId: $id) { key } }`, { id: revId }, u))).toBe(want);
    }
    const after = await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "partners" });
    expect(after).toMatchObject({ title: before.title, body: before.body, draftTitle: before.draftTitle, draftBody: before.draftBody });
  });
});
