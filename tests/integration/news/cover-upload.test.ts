import sharp from "sharp";
import { Role } from "../../../entities/users";
import { discardNewsCover, isNewsCoverFileName, newsCoverPath, newsCoverStorage, storeNewsCover } from "../../../server/modules/news/news-covers";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const CREATE = `mutation($input: NewsPostInput!) { createNewsPost(input: $input) { id draft { coverImageUrl } } }`;

describe("news covers uploaded to the app", () => {
  it("stores an uploaded image as WebP in its own area, under the path the post then refers to", async () => {
    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#336699" } }).png().toBuffer();
    const cover = await storeNewsCover(png);
    const path = newsCoverPath(cover.key);
    expect(path).toMatch(/^\/news\/covers\/[A-Za-z0-9_-]+\.webp$/);
    const file = path.split("/").pop()!;
    expect(isNewsCoverFileName(file)).toBe(true);
    expect((await sharp((await newsCoverStorage().get(file))!).metadata()).format).toBe("webp");
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const post = ok(await gql(db.ds, CREATE, { input: { title: "Okładka z dysku", body: "Treść", coverImageUrl: path } }, admin.id)).createNewsPost;
    expect(post.draft.coverImageUrl).toBe(path);
    await discardNewsCover(cover.key);
    expect(await newsCoverStorage().get(file)).toBeNull();
  });

  it("accepts only http(s) addresses or an uploaded cover's path", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    for (const coverImageUrl of ["/etc/passwd", "/news/covers/../../x.webp", "javascript:alert(1)", "/news/covers/short.webp"]) {
      const r = await gql(db.ds, CREATE, { input: { title: "Zła okładka", body: "Treść", coverImageUrl } }, admin.id);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
    }
  });
});
