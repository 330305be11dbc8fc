import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { Premises, PremisesPhoto } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import { DiskFileStorage, useFileStorage } from "../../../server/storage/file-storage";
import { MAX_PHOTO_BYTES, PhotoRejected, newFileKey, photoFile, processPhoto } from "../../../server/storage/photos";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createPesMember, createUser } from "../../factories";

let db: TestDb;
let dir: string;
let official: User, pes: User;
let premisesId: string;
beforeAll(async () => {
  db = await createTestDb();
  dir = await mkdtemp(path.join(tmpdir(), "premises-photos-"));
  useFileStorage("premises", new DiskFileStorage(dir));
  official = await createUser(db.ds, { role: Role.OFFICIAL });
  pes = (await createPesMember(db.ds)).user;
  const repo = db.ds.getRepository(Premises);
  premisesId = (await repo.save(repo.create({ address: "ul. Foto 1", district: "Mokre", areaM2: 30, monthlyRent: 900 }))).id;
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const image = (w: number, h: number, format: "jpeg" | "png" = "jpeg") =>
  sharp({ create: { width: w, height: h, channels: 3, background: { r: 200, g: 120, b: 40 } } })[format]().toBuffer();

async function store(w = 3000, h = 2000) {
  const p = await processPhoto(await image(w, h));
  const key = newFileKey();
  const s = new DiskFileStorage(dir);
  await s.put(photoFile(key), p.full, "image/webp");
  await s.put(photoFile(key, true), p.thumb, "image/webp");
  return { key, ...p };
}

const ADD = `mutation($p: ID!, $k: String!, $w: Int!, $h: Int!, $alt: String) {
  addPremisesPhoto(premisesId: $p, key: $k, width: $w, height: $h, alt: $alt) { id url thumbUrl width height alt } }`;

describe("processPhoto", () => {
  it("resizes to at most 1600 px as WebP with a 480×360 thumbnail", async () => {
    const p = await processPhoto(await image(3000, 2000));
    expect([p.width, p.height]).toEqual([1600, 1067]);
    expect((await sharp(p.full).metadata()).format).toBe("webp");
    const t = await sharp(p.thumb).metadata();
    expect([t.width, t.height]).toEqual([480, 360]);
  });

  it("keeps small images at their size", async () => {
    const p = await processPhoto(await image(640, 480, "png"));
    expect([p.width, p.height]).toEqual([640, 480]);
  });

  it("refuses what is not an image, and what is too big", async () => {
    await expect(processPhoto(Buffer.from("<svg onload=alert(1)>"))).rejects.toEqual(new PhotoRejected("notImage"));
    await expect(processPhoto(Buffer.from("%PDF-1.4 not an image"))).rejects.toBeInstanceOf(PhotoRejected);
    await expect(processPhoto(Buffer.alloc(MAX_PHOTO_BYTES + 1))).rejects.toEqual(new PhotoRejected("tooBig"));
  });
});

describe("addPremisesPhoto / deletePremisesPhoto", () => {
  it("registers an uploaded photo for an official; it shows on the premises", async () => {
    const s = await store();
    const ph = ok(await gql(db.ds, ADD, { p: premisesId, k: s.key, w: s.width, h: s.height, alt: " Witryna " }, official.id)).addPremisesPhoto;
    expect(ph).toMatchObject({ url: `/premises/photos/${s.key}.webp`, thumbUrl: `/premises/photos/${s.key}-thumb.webp`, alt: "Witryna", width: 1600 });
    const got = ok(await gql(db.ds, `query($id: ID!) { premises(id: $id) { photos { id } } }`, { id: premisesId })).premises;
    expect(got.photos.map((x: any) => x.id)).toEqual([ph.id]);
  });

  it("one stored photo registered on two premises at once is stored once; the other is BAD_USER_INPUT on key", async () => {
    const repo = db.ds.getRepository(Premises);
    const elsewhere = (await repo.save(repo.create({ address: "ul. Foto 2", district: "Mokre", areaM2: 30, monthlyRent: 900 }))).id;
    const s = await store(100, 100);
    // Registered on the other premises but not committed: the two premises' locks do not
    // meet, so only the unique index of keys stands between them.
    const second = await afterOtherCommits(
      db.ds,
      (other) => other.query(`INSERT INTO premises_photos (premises_id, key, width, height) VALUES ($1, $2, 100, 100)`, [elsewhere, s.key]),
      () => gql(db.ds, ADD, { p: premisesId, k: s.key, w: 100, h: 100 }, official.id),
    );
    expect(second.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { key: "Already registered" } });
    expect(await db.ds.getRepository(PremisesPhoto).findBy({ key: s.key })).toEqual([expect.objectContaining({ premisesId: elsewhere })]);
    await repo.delete({ id: elsewhere }); // the tests below count every photo as one of premisesId's
  });

  it("refuses keys with no stored files, bad keys, other roles", async () => {
    expect(errorCode(await gql(db.ds, ADD, { p: premisesId, k: newFileKey(), w: 10, h: 10 }, official.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, ADD, { p: premisesId, k: "../../etc/passwd", w: 10, h: 10 }, official.id))).toBe("BAD_USER_INPUT");
    const s = await store(100, 100);
    expect(errorCode(await gql(db.ds, ADD, { p: premisesId, k: s.key, w: 100, h: 100 }, pes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ADD, { p: "00000000-0000-4000-8000-000000000000", k: s.key, w: 100, h: 100 }, official.id))).toBe("NOT_FOUND");
  });

  it("deletes a photo with its files, and deleting the premises removes the rest", async () => {
    const s = await store(200, 200);
    const ph = ok(await gql(db.ds, ADD, { p: premisesId, k: s.key, w: 200, h: 200 }, official.id)).addPremisesPhoto;
    expect(ok(await gql(db.ds, `mutation($id: ID!) { deletePremisesPhoto(id: $id) }`, { id: ph.id }, official.id)).deletePremisesPhoto).toBe(true);
    expect((await readdir(dir)).filter((f) => f.startsWith(s.key))).toEqual([]);
    const remaining = await db.ds.getRepository(PremisesPhoto).find();
    expect(remaining.length).toBeGreaterThan(0);
    ok(await gql(db.ds, `mutation($id: ID!) { deletePremises(id: $id) }`, { id: premisesId }, official.id));
    const files = await readdir(dir);
    for (const r of remaining) expect(files.filter((f) => f.startsWith(r.key))).toEqual([]);
    expect(await db.ds.getRepository(PremisesPhoto).count()).toBe(0);
  });
});

describe("reorderPremisesPhotos", () => {
  const REORDER = `mutation($p: ID!, $ids: [ID!]!) { reorderPremisesPhotos(premisesId: $p, photoIds: $ids) { id position } }`;
  const order = async (id: string) =>
    ok(await gql(db.ds, `query($id: ID!) { premises(id: $id) { photos { id } } }`, { id })).premises.photos.map((x: { id: string }) => x.id);

  const createPremises = async () => {
    const repo = db.ds.getRepository(Premises);
    return repo.save(repo.create({ address: "ul. Kolejna 2", district: "Mokre", areaM2: 40, monthlyRent: 1000 }));
  };

  it("puts the photos in the given order, the first becoming the cover", async () => {
    const { id } = await createPremises();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await store(100, 100);
      ids.push(ok(await gql(db.ds, ADD, { p: id, k: s.key, w: 100, h: 100 }, official.id)).addPremisesPhoto.id);
    }
    const wanted = [ids[2], ids[0], ids[1]];
    expect(ok(await gql(db.ds, REORDER, { p: id, ids: wanted }, official.id)).reorderPremisesPhotos).toEqual(wanted.map((x, i) => ({ id: x, position: i })));
    expect(await order(id)).toEqual(wanted);
  });

  it("refuses a list that misses, repeats or borrows a photo, and changes nothing", async () => {
    const { id } = await createPremises();
    const { id: other } = await createPremises();
    const added: string[] = [];
    for (const p of [id, id, other]) {
      const s = await store(100, 100);
      added.push(ok(await gql(db.ds, ADD, { p, k: s.key, w: 100, h: 100 }, official.id)).addPremisesPhoto.id);
    }
    const [a, b, foreign] = added;
    for (const ids of [[a], [a, a], [a, b, b], [a, foreign], [b, a, foreign]]) {
      const r = await gql(db.ds, REORDER, { p: id, ids }, official.id);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors![0].extensions!.fields).toHaveProperty("photoIds");
    }
    expect(await order(id)).toEqual([a, b]);
    expect(errorCode(await gql(db.ds, REORDER, { p: id, ids: [b, a] }, pes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, REORDER, { p: "00000000-0000-4000-8000-000000000000", ids: [] }, official.id))).toBe("NOT_FOUND");
    expect(await order(id)).toEqual([a, b]);
  });
});
