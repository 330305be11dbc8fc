import type { DataSource } from "typeorm";
import type { SeedContext } from "../../../server/modules/module";
import { seedNews } from "../../../server/modules/news/news.seed";
import type { TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { createTestDbWithRoles, type RoleSet } from "../../factories";

/** A test database with a role set and the news seed (its programme pages), written as the set's admin. */
export async function createNewsTestDb(): Promise<{ db: TestDb; roles: RoleSet }> {
  const { db, roles } = await createTestDbWithRoles();
  await db.ds.transaction((em) => seedNews(em, { users: { admin: roles.admin } } as unknown as SeedContext));
  return { db, roles };
}

/** Creates a news post as `adminId` and publishes it now; its id. */
export async function publishNewsPost(ds: DataSource, adminId: string, title: string, body: string): Promise<string> {
  const id = ok(await gql(ds, `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { id } }`, { i: { title, body } }, adminId)).createNewsPost.id;
  ok(await gql(ds, `mutation($id: ID!) { publishNewsPost(id: $id) { id } }`, { id }, adminId));
  return id;
}
