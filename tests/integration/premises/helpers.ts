import type { DataSource } from "typeorm";
import { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import type { SeedContext } from "../../../server/modules/module";
import { seedPremises } from "../../../server/modules/premises/premises.seed";
import { createUser } from "../../factories";
import { gql, ok } from "../../helpers/graphql";

export const NODE = `id address district areaM2 monthlyRent rentPerM2 status stepFree description latitude longitude createdAt`;

export const SEARCH = `query($filter: PremisesFilter, $orderBy: PremisesOrder, $first: Int, $after: String) {
  premisesSearch(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { ${NODE} } }
  }
}`;

/** A node of SEARCH: NODE's fields, of which the callers of `searchAll` read the id. */
export type Row = { id: string } & Record<string, unknown>;

/** Seeds PREMISES_SEED like the demo seed does, owned by a fresh official. */
export async function seedAll(ds: DataSource): Promise<{ official: User; rows: Premises[] }> {
  const official = await createUser(ds, { role: Role.OFFICIAL });
  await ds.transaction((em) => seedPremises(em, { users: { official } } as unknown as SeedContext));
  return { official, rows: await ds.getRepository(Premises).find() };
}

/** Pages through a whole search and returns every node in order, plus what each page said. */
export async function searchAll(
  ds: DataSource,
  vars: { filter?: unknown; orderBy?: string; first: number },
): Promise<{ nodes: Row[]; totalCounts: number[]; pages: number }> {
  const nodes: Row[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const r: any = ok(await gql(ds, SEARCH, { ...vars, after }));
    const c = r.premisesSearch;
    pages++;
    totalCounts.push(c.totalCount);
    nodes.push(...c.edges.map((e: { node: Row }) => e.node));
    expect(c.edges.length).toBeLessThanOrEqual(vars.first);
    if (!c.pageInfo.hasNextPage) break;
    expect(c.edges.length).toBe(vars.first);
    expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
    after = c.pageInfo.endCursor;
    if (pages > 200) throw new Error("runaway paging");
  }
  return { nodes, totalCounts, pages };
}
