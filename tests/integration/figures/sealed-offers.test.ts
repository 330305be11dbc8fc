import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from "graphql";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { createOrganization, createUser } from "../../factories";
import { future, makeDemand, makeOffer, past } from "../marketplace/marketplace-helpers";

/**
 * Offers are sealed until their demand's deadline: no aggregate may reveal how many a
 * demand has before then (issue #14, class 2). The queries select EVERY field of the
 * public and the staff figures (generated from schema.graphql, so a figure added later is
 * covered too); the CSV/XLSX exports are written from these same results.
 */
const schema = buildSchema(readFileSync("schema.graphql", "utf8"));

function selection(type: GraphQLObjectType, depth = 0): string {
  if (depth > 5) throw new Error("figures nest deeper than expected");
  return `{ ${Object.values(type.getFields())
    .map((f) => {
      const named = getNamedType(f.type);
      return isObjectType(named) ? `${f.name} ${selection(named, depth + 1)}` : f.name;
    })
    .join(" ")} }`;
}
const figuresType = (field: string) => getNamedType(schema.getQueryType()!.getFields()[field].type) as GraphQLObjectType;
const PUBLIC = `query($p: FiguresPeriod) { programmeFigures(period: $p) ${selection(figuresType("programmeFigures"))} }`;
const DETAIL = `query($p: FiguresPeriod) { programmeFiguresDetail(period: $p) ${selection(figuresType("programmeFiguresDetail"))} }`;

let db: TestDb;
let admin: string;
let official: Awaited<ReturnType<typeof createUser>>;
let pes: Awaited<ReturnType<typeof createUser>>;
let orgs: string[];

beforeAll(async () => {
  db = await createTestDb();
  const [a, o, p] = await Promise.all([
    createUser(db.ds, { role: Role.ADMIN }),
    createUser(db.ds, { role: Role.OFFICIAL }),
    createUser(db.ds, { role: Role.PES_MEMBER }),
  ]);
  admin = a.id;
  official = o;
  pes = p;
  orgs = [(await createOrganization(db.ds, { verified: true })).id, (await createOrganization(db.ds, { verified: true })).id];
});
afterAll(() => db.drop());

/** As narrow as a period can be around "now": the demand below is created inside it. */
const period = () => ({ from: new Date(Date.now() - 60_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() });

async function everyFigure(p: { from: string; to: string }) {
  const [pub, detailAsAdmin, detailAsOfficial] = await Promise.all([
    gql(db.ds, PUBLIC, { p }),
    gql(db.ds, DETAIL, { p }, admin),
    gql(db.ds, DETAIL, { p }, official.id),
  ]);
  return { pub: ok(pub), detailAsAdmin: ok(detailAsAdmin), detailAsOfficial: ok(detailAsOfficial) };
}

/** Every figure, over a period around now, before and after a demand with this deadline gets two offers. */
async function figuresAroundTwoOffers(deadline: Date) {
  const p = period();
  const before = await everyFigure(p);
  const demand = await makeDemand(db.ds, official, deadline, { category: "Usługi porządkowe" });
  await makeOffer(db.ds, demand.id, orgs[0], pes, 1200);
  await makeOffer(db.ds, demand.id, orgs[1], pes, 900);
  return { before, after: await everyFigure(p) };
}

/** Every number under a field named offers…, summed per result (public, detail as admin, detail as official). */
const offersIn = (f: Awaited<ReturnType<typeof everyFigure>>) =>
  Object.values(f).map((r) => {
    const hits = JSON.stringify(r).match(/"offers[A-Za-z]*":\d+/g) ?? [];
    return { fields: hits.length, total: hits.reduce((n, h) => n + Number(h.split(":")[1]), 0) };
  });
const totals = (f: Awaited<ReturnType<typeof everyFigure>>) => offersIn(f).map((x) => x.total);

describe("sealed offers in aggregates", () => {
  it("the figures select at least one field that counts offers (else this test would prove nothing)", () => {
    expect(PUBLIC).toMatch(/offers/i);
    expect(DETAIL).toMatch(/offers/i);
  });

  it("an open demand with offers changes no figure, public or staff, even for a period around its creation", async () => {
    const { before, after } = await figuresAroundTwoOffers(future());
    // The demand itself is public (it counts as posted); its offers are not.
    expect(offersIn(after).every((x) => x.fields >= 1)).toBe(true);
    expect(totals(after)).toEqual(totals(before));
  });

  it("once the deadline has passed, the same offers do count (the control)", async () => {
    const { before, after } = await figuresAroundTwoOffers(past());
    expect(totals(after)).toEqual(totals(before).map((n) => n + 2));
    expect(after.pub.programmeFigures.marketplace.offersReceived).toBe(before.pub.programmeFigures.marketplace.offersReceived + 2);
  });
});
