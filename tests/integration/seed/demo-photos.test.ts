/** The demo seed's generated photos: stored like uploads, served by the photo routes, seeded once. */
jest.mock("server-only", () => ({}));
jest.mock("../../../app/lib/session", () => ({ currentUser: async () => null }));

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { MarketplacePhoto } from "../../../entities/marketplace";
import { PremisesPhoto } from "../../../entities/premises";
import { seed } from "../../../server/seed";
import { DiskFileStorage, useFileStorage } from "../../../server/storage/file-storage";
import { DEMO_PHOTO_PREMISES } from "../../../server/modules/premises/premises.seed";
import { DEMO_PHOTO_NOTICES } from "../../../server/modules/marketplace/marketplace.seed";
import { GET as getPremisesPhoto } from "../../../app/premises/photos/[file]/route";
import { GET as getMarketplacePhoto } from "../../../app/marketplace/photos/[file]/route";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

let db: TestDb;
let dir: string;
beforeAll(async () => {
  db = await createTestDb();
  dir = await mkdtemp(path.join(tmpdir(), "demo-photos-"));
  useFileStorage("premises", new DiskFileStorage(path.join(dir, "premises")));
  useFileStorage("marketplace-photos", new DiskFileStorage(path.join(dir, "marketplace-photos")));
  await seed(db.ds, { demoPassword: "pestor-demo", log: () => {} });
}, 120_000);
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const fileOf = (url: string) => url.split("/").pop()!;
const params = (file: string) => ({ params: Promise.resolve({ file }) });

describe("demo photos", () => {
  it("gives several available premises a gallery whose files the public route serves as WebP", async () => {
    const page = ok(
      await gql(db.ds, `{ premisesSearch(first: 100, filter: { status: [AVAILABLE] }) { edges { node { id address photos { url thumbUrl width height alt } } } } }`),
    ).premisesSearch.edges.map((e: { node: unknown }) => e.node) as {
      address: string;
      photos: { url: string; thumbUrl: string; width: number; height: number; alt: string }[];
    }[];
    const withPhotos = page.filter((p) => p.photos.length > 0);
    expect(withPhotos.length).toBe(DEMO_PHOTO_PREMISES);
    expect(withPhotos.some((p) => p.photos.length > 1)).toBe(true);
    for (const p of withPhotos) {
      expect(p.photos[0].alt).toContain(p.address);
      for (const url of [p.photos[0].url, p.photos[0].thumbUrl]) {
        const res = await getPremisesPhoto(new Request(`http://x${url}`), params(fileOf(url)));
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("image/webp");
        const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
        expect(meta.format).toBe("webp");
        if (url === p.photos[0].url) expect([meta.width, meta.height]).toEqual([p.photos[0].width, p.photos[0].height]);
        else expect([meta.width, meta.height]).toEqual([480, 360]);
      }
    }
  });

  it("gives a few marketplace notices a photo that its route serves", async () => {
    const notices = ok(await gql(db.ds, `{ equipmentNotices(first: 100) { edges { node { title photos { url alt } } } } }`))
      .equipmentNotices.edges.map((e: { node: unknown }) => e.node) as { title: string; photos: { url: string; alt: string }[] }[];
    const withPhotos = notices.filter((n) => n.photos.length > 0);
    expect(withPhotos.length).toBe(DEMO_PHOTO_NOTICES);
    const res = await getMarketplacePhoto(new Request("http://x/"), params(fileOf(withPhotos[0].photos[0].url)));
    expect(res.status).toBe(200);
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe("webp");
  });

  it("adds nothing when the seed runs again", async () => {
    const before = [await db.ds.getRepository(PremisesPhoto).count(), await db.ds.getRepository(MarketplacePhoto).count()];
    await seed(db.ds, { demoPassword: "pestor-demo", log: () => {} });
    expect([await db.ds.getRepository(PremisesPhoto).count(), await db.ds.getRepository(MarketplacePhoto).count()]).toEqual(before);
  });
});
