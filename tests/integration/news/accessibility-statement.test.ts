import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const PAGE = `query($key: String!) { programmePage(key: $key) { key title body bodyHtml } }`;
const UPDATE = `mutation($key: String!, $input: ProgrammePageInput!) { updateProgrammePage(key: $key, input: $input) { key } }`;
const PUBLISH = `mutation($key: String!) { publishProgrammePage(key: $key) { key body } }`;

describe("the accessibility statement as programme pages", () => {
  it("exists in Polish and English with the facts and the three required sections, and is not a /programme section", async () => {
    for (const [key, heading] of [["accessibility", "Dostępność architektoniczna"], ["accessibility-en", "Architectural accessibility"]]) {
      const p = ok(await gql(db.ds, PAGE, { key })).programmePage;
      expect(p.body).toMatch(/^data-publikacji: \d{4}-\d{2}-\d{2}$/m);
      expect(p.body).toMatch(/^email: /m);
      expect(p.bodyHtml).toContain(heading);
    }
    const keys = ok(await gql(db.ds, `{ programmePages { key } }`)).programmePages.map((p: { key: string }) => p.key);
    expect(keys).not.toContain("accessibility");
  });

  it("is edited and published by admins only", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const input = { title: "Deklaracja dostępności", body: "podmiot: Gmina Miasta Toruń\ndata-aktualizacji: 2027-01-15\n\n## Treści niedostępne\n\nBrak." };
    expect(errorCode(await gql(db.ds, UPDATE, { key: "accessibility", input }, official.id))).toBe("FORBIDDEN");
    ok(await gql(db.ds, UPDATE, { key: "accessibility", input }, admin.id));
    expect(ok(await gql(db.ds, PUBLISH, { key: "accessibility" }, admin.id)).publishProgrammePage.body).toContain("2027-01-15");
  });
});
