import type { SeedContext } from "../../../server/modules/module";
import { seedNews } from "../../../server/modules/news/news.seed";
import type { TestDb } from "../../helpers/db";
import { createTestDbWithRoles, type RoleSet } from "../../factories";

/** A test database with a role set and the news seed (its programme pages), written as the set's admin. */
export async function createNewsTestDb(): Promise<{ db: TestDb; roles: RoleSet }> {
  const { db, roles } = await createTestDbWithRoles();
  await db.ds.transaction((em) => seedNews(em, { users: { admin: roles.admin } } as unknown as SeedContext));
  return { db, roles };
}

