import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { Organization } from "../../../entities/organizations";
import { Role, type User } from "../../../entities/users";
import { storeOrganizationLogo } from "../../../server/modules/organizations/organization-logo-files";
import { DiskFileStorage, useFileStorage } from "../../../server/storage/file-storage";
import { logoFile } from "../../../server/storage/logos";
import { PhotoRejected } from "../../../server/storage/photos";
import { createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";

let db: TestDb;
let dir: string;
let member: User, otherMember: User, resident: User, admin: User;
let org: Organization, otherOrg: Organization;
beforeAll(async () => {
  db = await createTestDb();
  dir = await mkdtemp(path.join(tmpdir(), "organization-logos-"));
  useFileStorage("organization-logos", new DiskFileStorage(dir));
  ({ user: member, organization: org } = await createPesMember(db.ds));
  ({ user: otherMember, organization: otherOrg } = await createPesMember(db.ds));
  resident = await createUser(db.ds);
  admin = await createUser(db.ds, { role: Role.ADMIN });
  await db.ds.getRepository(Organization).update(org.id, { logoUrl: "https://example.org/logo.png" });
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const png = (w = 1200, h = 400) => sharp({ create: { width: w, height: h, channels: 4, background: { r: 0, g: 90, b: 160, alpha: 1 } } }).png().toBuffer();
const SET = `mutation($id: ID!, $key: String!) { setOrganizationLogo(organizationId: $id, key: $key) { logoUrl externalLogoUrl hasUploadedLogo } }`;
const REMOVE = `mutation($id: ID!) { removeOrganizationLogo(organizationId: $id) { logoUrl hasUploadedLogo } }`;
const PROFILE = `query($slug: String!) { organization(slug: $slug) { logoUrl hasUploadedLogo } }`;

describe("organisation logos", () => {
  it("are fitted in 600×300 px as WebP and refused when not an image", async () => {
    const logo = await storeOrganizationLogo(await png());
    expect([logo.width, logo.height]).toEqual([600, 200]);
    expect((await sharp(path.join(dir, logoFile(logo.key))).metadata()).format).toBe("webp");
    await expect(storeOrganizationLogo(Buffer.from("<svg onload=alert(1)>"))).rejects.toBeInstanceOf(PhotoRejected);
  });

  it("a member sets an uploaded logo, which the profile shows instead of the external address; a new one replaces it and its file", async () => {
    const first = await storeOrganizationLogo(await png());
    const set = ok(await gql(db.ds, SET, { id: org.id, key: first.key }, member.id)).setOrganizationLogo;
    expect(set).toEqual({ logoUrl: `/organization-logos/${first.key}.webp`, externalLogoUrl: "https://example.org/logo.png", hasUploadedLogo: true });
    expect(ok(await gql(db.ds, PROFILE, { slug: org.slug })).organization.logoUrl).toBe(`/organization-logos/${first.key}.webp`);

    const second = await storeOrganizationLogo(await png(300, 300));
    ok(await gql(db.ds, SET, { id: org.id, key: second.key }, admin.id));
    expect(await readdir(dir)).not.toContain(logoFile(first.key));
    expect(await readdir(dir)).toContain(logoFile(second.key));

    const removed = ok(await gql(db.ds, REMOVE, { id: org.id }, member.id)).removeOrganizationLogo;
    expect(removed).toEqual({ logoUrl: "https://example.org/logo.png", hasUploadedLogo: false });
    expect(await readdir(dir)).not.toContain(logoFile(second.key));
  });

  it("refuses another organisation's member, a resident and anonymous, and keys without a stored file; nothing changes", async () => {
    const logo = await storeOrganizationLogo(await png());
    expect(errorCode(await gql(db.ds, SET, { id: org.id, key: logo.key }, otherMember.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, SET, { id: org.id, key: logo.key }, resident.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, SET, { id: org.id, key: logo.key }, null))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(db.ds, REMOVE, { id: org.id }, otherMember.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, SET, { id: org.id, key: "AAAAAAAAAAAAAAAAAAAAAAAA" }, member.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, SET, { id: org.id, key: "../../etc/passwd" }, member.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, SET, { id: "00000000-0000-4000-8000-000000000000", key: logo.key }, member.id))).toBe("NOT_FOUND");
    expect((await db.ds.getRepository(Organization).findOneByOrFail({ id: org.id })).logoKey).toBeNull();
  });

  it("refuses another organisation's logo key (it is public in its address): the member cannot take it over and remove its file", async () => {
    const theirs = await storeOrganizationLogo(await png());
    ok(await gql(db.ds, SET, { id: org.id, key: theirs.key }, member.id));
    expect(errorCode(await gql(db.ds, SET, { id: otherOrg.id, key: theirs.key }, otherMember.id))).toBe("BAD_USER_INPUT");
    ok(await gql(db.ds, REMOVE, { id: otherOrg.id }, otherMember.id));
    expect(await readdir(dir)).toContain(logoFile(theirs.key));
    expect((await db.ds.getRepository(Organization).findOneByOrFail({ id: org.id })).logoKey).toBe(theirs.key);
    ok(await gql(db.ds, REMOVE, { id: org.id }, member.id));
  });
});
