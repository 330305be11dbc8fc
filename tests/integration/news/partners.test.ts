import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ProgrammePartner } from "../../../entities/news";
import { DiskFileStorage } from "../../../server/storage/file-storage";
import { storeLogo, usePartnerLogoStorage } from "../../../server/modules/news/partner-logos";
import { logoFile } from "../../../server/storage/logos";
import { PhotoRejected, newFileKey } from "../../../server/storage/photos";
import { seedNews } from "../../../server/modules/news/news.seed";
import type { SeedContext } from "../../../server/modules/module";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createRoleSet } from "../../factories";

let db: TestDb;
let dir: string;
let roles: Awaited<ReturnType<typeof createRoleSet>>;
beforeAll(async () => {
  db = await createTestDb();
  dir = await mkdtemp(path.join(tmpdir(), "partner-logos-"));
  usePartnerLogoStorage(new DiskFileStorage(dir));
  roles = await createRoleSet(db.ds);
  await db.ds.transaction((em) => seedNews(em, { users: { admin: roles.admin } } as unknown as SeedContext));
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const LIST = `{ programmePartners { id name url description position logoUrl logoWidth logoHeight } }`;
const CREATE = `mutation($i: ProgrammePartnerInput!) { createProgrammePartner(input: $i) { id name url position logoUrl } }`;
const UPDATE = `mutation($id: ID!, $i: ProgrammePartnerInput!) { updateProgrammePartner(id: $id, input: $i) { id name url description } }`;
const DELETE = `mutation($id: ID!) { deleteProgrammePartner(id: $id) }`;
const REORDER = `mutation($ids: [ID!]!) { reorderProgrammePartners(ids: $ids) { id position } }`;
const SET_LOGO = `mutation($id: ID!, $key: String!) { setProgrammePartnerLogo(id: $id, key: $key, width: 200, height: 80) { id logoUrl } }`;
const admin = () => roles.admin.id;
const count = () => db.ds.getRepository(ProgrammePartner).count();
const png = () => sharp({ create: { width: 400, height: 160, channels: 4, background: { r: 10, g: 90, b: 170, alpha: 1 } } }).png().toBuffer();

describe("programme partners", () => {
  it("seeds the former fixed list with generated logos, in order, for everyone", async () => {
    const r = ok(await gql(db.ds, LIST)).programmePartners;
    expect(r.map((p: { name: string }) => p.name)).toEqual(["Gmina Miasta Toruń — Urząd Miasta Torunia", "AIESEC Toruń UMK"]);
    expect(r[0]).toMatchObject({ url: "https://www.torun.pl", position: 0 });
    for (const p of r) {
      expect(p.logoUrl).toMatch(/^\/programme\/partner-logos\/[A-Za-z0-9_-]+\.webp$/);
      expect(p.logoWidth).toBeGreaterThan(0);
    }
    expect((await readdir(dir)).length).toBeGreaterThanOrEqual(2);
  });

  it("lets an admin create, update, reorder and delete a partner (logo file removed)", async () => {
    const p = ok(await gql(db.ds, CREATE, { i: { name: "  Fundacja Przykład ", url: "https://example.org/fundacja" } }, admin())).createProgrammePartner;
    expect(p).toMatchObject({ name: "Fundacja Przykład", position: 2, logoUrl: null });
    const u = ok(await gql(db.ds, UPDATE, { id: p.id, i: { name: "Fundacja Przykład", url: "http://example.org", description: "Opis" } }, admin())).updateProgrammePartner;
    expect(u).toMatchObject({ url: "http://example.org", description: "Opis" });

    const logo = await storeLogo(await png());
    expect(logo.width).toBeLessThanOrEqual(600);
    ok(await gql(db.ds, SET_LOGO, { id: p.id, key: logo.key }, admin()));
    const ids: string[] = ok(await gql(db.ds, LIST)).programmePartners.map((x: { id: string }) => x.id);
    const reordered = ok(await gql(db.ds, REORDER, { ids: [p.id, ...ids.filter((i) => i !== p.id)] }, admin())).reorderProgrammePartners;
    expect(reordered[0]).toEqual({ id: p.id, position: 0 });

    expect(ok(await gql(db.ds, DELETE, { id: p.id }, admin())).deleteProgrammePartner).toBe(true);
    expect(await readdir(dir)).not.toContain(logoFile(logo.key));
    expect(errorCode(await gql(db.ds, DELETE, { id: p.id }, admin()))).toBe("NOT_FOUND");
  });

  it.each([
    ["javascript: link", { name: "Zły", url: "javascript:alert(1)" }, "url"],
    ["data: link", { name: "Zły", url: "data:text/html,<script>alert(1)</script>" }, "url"],
    ["link without a scheme", { name: "Zły", url: "www.example.org" }, "url"],
    ["ftp link", { name: "Zły", url: "ftp://example.org" }, "url"],
    ["JavaScript: in capitals", { name: "Zły", url: "JaVaScRiPt:alert(1)" }, "url"],
    ["blank name", { name: "  ", url: "https://example.org" }, "name"],
  ])("refuses a %s (BAD_USER_INPUT) and writes nothing", async (_label, input, field) => {
    const before = await count();
    const r = await gql(db.ds, CREATE, { i: input }, admin());
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect(await count()).toBe(before);
    const first = (await db.ds.getRepository(ProgrammePartner).find({ order: { position: "ASC" } }))[0];
    const u = await gql(db.ds, UPDATE, { id: first.id, i: input }, admin());
    expect(errorCode(u)).toBe("BAD_USER_INPUT");
    expect((await db.ds.getRepository(ProgrammePartner).findOneByOrFail({ id: first.id })).url).toBe(first.url);
  });

  it("is for admins only: everyone else is refused and nothing changes", async () => {
    const first = (await db.ds.getRepository(ProgrammePartner).find({ order: { position: "ASC" } }))[0];
    const before = await db.ds.getRepository(ProgrammePartner).find({ order: { id: "ASC" } });
    const key = (await storeLogo(await png())).key;
    for (const u of [null, roles.resident.id, roles.pes.id, roles.official.id]) {
      const want = u ? "FORBIDDEN" : "UNAUTHENTICATED";
      expect(errorCode(await gql(db.ds, CREATE, { i: { name: "Nowy", url: "https://example.org" } }, u))).toBe(want);
      expect(errorCode(await gql(db.ds, UPDATE, { id: first.id, i: { name: "Nowy", url: "https://example.org" } }, u))).toBe(want);
      expect(errorCode(await gql(db.ds, DELETE, { id: first.id }, u))).toBe(want);
      expect(errorCode(await gql(db.ds, REORDER, { ids: before.map((p) => p.id).reverse() }, u))).toBe(want);
      expect(errorCode(await gql(db.ds, SET_LOGO, { id: first.id, key }, u))).toBe(want);
    }
    expect(await db.ds.getRepository(ProgrammePartner).find({ order: { id: "ASC" } })).toEqual(before);
  });

  it("refuses a reorder that leaves out or repeats a partner, and a logo never uploaded", async () => {
    const ids: string[] = ok(await gql(db.ds, LIST)).programmePartners.map((x: { id: string }) => x.id);
    expect(errorCode(await gql(db.ds, REORDER, { ids: ids.slice(1) }, admin()))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, REORDER, { ids: [ids[0], ...ids.slice(0, -1)] }, admin()))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, SET_LOGO, { id: ids[0], key: newFileKey() }, admin()))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, SET_LOGO, { id: ids[0], key: "../../etc/passwd" }, admin()))).toBe("BAD_USER_INPUT");
  });

  it("refuses what is not an image, like premises photos", async () => {
    await expect(storeLogo(Buffer.from("<svg onload=alert(1)>"))).rejects.toBeInstanceOf(PhotoRejected);
  });
});
