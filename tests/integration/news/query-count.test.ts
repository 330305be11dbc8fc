import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { countQueries } from "../../helpers/statements";
import { gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";

/** The news list and the newsletter archive cost a fixed number of SQL statements (no N+1). */
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());


async function addPosts(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    // A different author each time, so that authors must be batched too.
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const id = ok(await gql(db.ds, `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { id } }`, { i: { title: `Licznik ${i}`, body: "x" } }, admin.id)).createNewsPost.id;
    ok(await gql(db.ds, `mutation($id: ID!) { publishNewsPost(id: $id) { id } }`, { id }, admin.id));
    ids.push(id);
  }
  return ids;
}

const PAGE = `{
  newsPosts(first: 100) { totalCount edges { node { id title bodyHtml authorName isLive } } }
  newsletterIssues { id posts { id title authorName } }
}`;

it("costs the same number of statements for 2 posts as for 12", async () => {
  const admin = await createUser(db.ds, { role: Role.ADMIN });
  const issue = `mutation($i: NewsletterIssueInput!) { createNewsletterIssue(input: $i) { id } }`;
  const send = `mutation($id: ID!) { sendNewsletterIssue(id: $id) { id } }`;
  const first = await addPosts(2);
  const i1 = ok(await gql(db.ds, issue, { i: { subject: "Wydanie 1", postIds: first } }, admin.id)).createNewsletterIssue.id;
  ok(await gql(db.ds, send, { id: i1 }, admin.id));
  const small = await countQueries(db.ds, async () => ok(await gql(db.ds, PAGE)));
  const more = await addPosts(10);
  const i2 = ok(await gql(db.ds, issue, { i: { subject: "Wydanie 2", postIds: more } }, admin.id)).createNewsletterIssue.id;
  ok(await gql(db.ds, send, { id: i2 }, admin.id));
  let r: any;
  const large = await countQueries(db.ds, async () => (r = ok(await gql(db.ds, PAGE))));
  expect(r.newsPosts.totalCount).toBe(12);
  expect(r.newsletterIssues).toHaveLength(2);
  expect(large).toBe(small);
});
