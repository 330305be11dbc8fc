import { Organization, LegalForm } from "../../../entities/organizations";
import { Product } from "../../../entities/marketplace";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { Role } from "../../../entities/users";
import { makeNotice } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const ORGS = `query($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) { totalCount edges { node { name slug } } pageInfo { endCursor hasNextPage } }
}`;

describe("organizations directory", () => {
  beforeAll(async () => {
    await createOrganization(db.ds, { name: "Spółdzielnia Żółta Łąka", slug: "zolta-laka", legalForm: LegalForm.SOCIAL_COOPERATIVE, district: "Mokre", activities: ["catering", "sprzątanie"] });
    await createOrganization(db.ds, { name: "Fundacja Łąkowa", slug: "fundacja-lakowa", legalForm: LegalForm.FOUNDATION, district: "Mokre", activities: ["edukacja"] });
    await createOrganization(db.ds, { name: "Stowarzyszenie Inne", slug: "inne", legalForm: LegalForm.ASSOCIATION, district: "Podgórz", activities: ["catering"] });
  });

  it("finds by name ignoring accents and case", async () => {
    const r = ok(await gql(db.ds, ORGS, { filter: { name: "LAKA" } })).organizations;
    expect(r.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["Spółdzielnia Żółta Łąka"]);
    expect(ok(await gql(db.ds, ORGS, { filter: { name: "łąkow" } })).organizations.totalCount).toBe(1);
  });

  it("filters by legal form, district and activity together", async () => {
    expect(ok(await gql(db.ds, ORGS, { filter: { district: "Mokre" } })).organizations.totalCount).toBe(2);
    expect(ok(await gql(db.ds, ORGS, { filter: { activity: "catering" } })).organizations.totalCount).toBe(2);
    const r = ok(await gql(db.ds, ORGS, { filter: { activity: "catering", district: "Mokre", legalForm: "SOCIAL_COOPERATIVE" } })).organizations;
    expect(r.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(["zolta-laka"]);
  });

  it("pages by name without gaps or repeats", async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(await gql(db.ds, ORGS, { first: 1, after })).organizations;
      names.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const all = (await db.ds.getRepository(Organization).find()).map((o) => o.name);
    expect(names).toHaveLength(all.length);
    expect(new Set(names).size).toBe(all.length);
  });

  it("refuses first out of range and a forged cursor", async () => {
    expect(errorCode(await gql(db.ds, ORGS, { first: 1000 }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, ORGS, { after: "x.y" }))).toBe("BAD_USER_INPUT");
  });

  it("organization(slug) shows what the organisation offers; null when absent", async () => {
    const { user, organization } = await createPesMember(db.ds);
    await db.ds.getRepository(Product).save(db.ds.getRepository(Product).create({ organizationId: organization.id, name: "Pierniki", category: "Upominki", priceFrom: 4.5 }));
    await makeNotice(db.ds, { userId: user.id, organizationId: organization.id }, { title: "Mikser" });
    const Q = `query($slug: String!) { organization(slug: $slug) { name activities certifications { name validFrom validTo } products { name priceFrom } equipmentNotices { title } } }`;
    const r = ok(await gql(db.ds, Q, { slug: organization.slug })).organization;
    expect(r.products).toEqual([{ name: "Pierniki", priceFrom: 4.5 }]);
    expect(r.equipmentNotices).toEqual([{ title: "Mikser" }]);
    expect(ok(await gql(db.ds, Q, { slug: "nie-ma" })).organization).toBeNull();
  });
});

describe("products", () => {
  const CREATE = `mutation($input: ProductInput!) { createProduct(input: $input) { id name priceFrom priceTo organization { id } } }`;

  it("a verified PES adds to its own catalogue; searchable across organisations", async () => {
    const { user, organization } = await createPesMember(db.ds);
    const p = ok(await gql(db.ds, CREATE, { input: { name: "Pranie pościeli", category: "Pralnia", priceFrom: 9, priceTo: 14, socialClauseSuitable: true } }, user.id)).createProduct;
    expect(p.organization.id).toBe(organization.id);
    const found = ok(await gql(db.ds, `{ products(filter: { text: "posciel", socialClauseSuitable: true }) { totalCount edges { node { id } } } }`)).products;
    expect(found.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(p.id);
  });

  it("refuses priceFrom > priceTo naming priceTo, and residents", async () => {
    const { user } = await createPesMember(db.ds);
    const before = await db.ds.getRepository(Product).count();
    const r = await gql(db.ds, CREATE, { input: { name: "Usługa", category: "Inne", priceFrom: 10, priceTo: 5 } }, user.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.fields).toHaveProperty("priceTo");
    const resident = await createUser(db.ds, { role: Role.RESIDENT });
    expect(errorCode(await gql(db.ds, CREATE, { input: { name: "Usługa", category: "Inne" } }, resident.id))).toBe("FORBIDDEN");
    expect(await db.ds.getRepository(Product).count()).toBe(before);
  });
});

describe("updateOrganizationProfile", () => {
  const UPDATE = `mutation($id: ID!, $input: OrganizationProfileInput!) { updateOrganizationProfile(id: $id, input: $input) { name nip krs activities district } }`;
  const base = { name: "Spółdzielnia Nowa Nazwa", legalForm: "SOCIAL_COOPERATIVE", nip: "9561373677", krs: "0009861268", district: "Mokre", activities: [" catering ", "catering", "druk"] };

  it("lets a member edit the profile with a valid NIP and KRS", async () => {
    const { user, organization } = await createPesMember(db.ds);
    const r = ok(await gql(db.ds, UPDATE, { id: organization.id, input: base }, user.id)).updateOrganizationProfile;
    expect(r).toEqual({ name: "Spółdzielnia Nowa Nazwa", nip: "9561373677", krs: "0009861268", activities: ["catering", "druk"], district: "Mokre" });
  });

  it.each([
    ["nip", { nip: "9561373678" }],
    ["krs", { krs: "12345" }],
    ["district", { district: "Gdańsk" }],
    ["website", { website: "javascript:alert(1)" }],
  ])("refuses a bad %s naming it, and changes nothing", async (field, over) => {
    const { user, organization } = await createPesMember(db.ds);
    const r = await gql(db.ds, UPDATE, { id: organization.id, input: { ...base, nip: null, ...over } }, user.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect((await db.ds.getRepository(Organization).findOneByOrFail({ id: organization.id })).name).toBe(organization.name);
  });

  it("is FORBIDDEN for a member of another organisation and CONFLICT for a NIP used elsewhere", async () => {
    const a = await createPesMember(db.ds);
    const b = await createPesMember(db.ds);
    expect(errorCode(await gql(db.ds, UPDATE, { id: a.organization.id, input: { ...base, nip: null } }, b.user.id))).toBe("FORBIDDEN");
    await createOrganization(db.ds, { nip: "8794136633" });
    expect(errorCode(await gql(db.ds, UPDATE, { id: a.organization.id, input: { ...base, nip: "8794136633" } }, a.user.id))).toBe("CONFLICT");
  });
});
