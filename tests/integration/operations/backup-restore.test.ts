import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { Client } from "pg";
import { DataSource } from "typeorm";
import { Premises, PremisesPhoto } from "../../../entities/premises";
import { dataSourceOptions } from "../../../server/db";
import { DiskFileStorage, useFileStorage } from "../../../server/storage/file-storage";
import { photoFile, storePhoto } from "../../../server/storage/photos";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

/**
 * The backup drill of the README: deploy/backup.sh (pg_dump and the files), a fresh empty
 * database, deploy/restore.sh, and the app answers the same from the restored copy —
 * data and files.
 */
let db: TestDb;
let work: string;
let restoredName: string;
let restored: DataSource | undefined;
const adminUrl = () => process.env.PESTOR_TEST_ADMIN_URL!;
const withDb = (name: string) => Object.assign(new URL(adminUrl()), { pathname: `/${name}` }).toString();

beforeAll(async () => {
  db = await createTestDb();
  work = await mkdtemp(path.join(tmpdir(), "backup-drill-"));
  restoredName = `${db.name}_restored`;
});
afterAll(async () => {
  await restored?.destroy();
  const c = new Client({ connectionString: adminUrl() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
  await c.end();
  await db.drop();
  await rm(work, { recursive: true, force: true });
});

const QUERY = `query($id: ID!) { premises(id: $id) { address district photos { url alt } } }`;

it("restores the database and the files, and the app serves the same", async () => {
  const liveFiles = path.join(work, "live");
  const live = new DiskFileStorage(path.join(liveFiles, "premises"));
  const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#208040" } }).jpeg().toBuffer();
  const { key, width, height } = await storePhoto(live, jpeg);
  const premises = await db.ds.getRepository(Premises).save({ address: "ul. Kopii Zapasowej 3", district: "Bydgoskie Przedmieście", areaM2: 55, monthlyRent: 1650 });
  await db.ds.getRepository(PremisesPhoto).save({ premisesId: premises.id, key, width, height, alt: "Witryna od ulicy", position: 0 });
  const before = ok(await gql(db.ds, QUERY, { id: premises.id })).premises;

  const env = { ...process.env, DATABASE_URL: db.url, STORAGE_DIR: liveFiles };
  execFileSync("bash", ["deploy/backup.sh", path.join(work, "backup")], { env, stdio: "pipe" });

  const c = new Client({ connectionString: adminUrl() });
  await c.connect();
  await c.query(`CREATE DATABASE "${restoredName}"`);
  await c.end();
  const restoredFiles = path.join(work, "restored");
  execFileSync("bash", ["deploy/restore.sh", path.join(work, "backup")], {
    env: { ...process.env, DATABASE_URL: withDb(restoredName), STORAGE_DIR: restoredFiles },
    stdio: "pipe",
  });

  restored = await new DataSource(dataSourceOptions(withDb(restoredName), { extra: { max: 2 } })).initialize();
  // The restored copy is complete: no migration pending, the same answer to the same question.
  const [{ n }] = await restored.query(`SELECT count(*)::int AS n FROM migrations`);
  const [{ n: m }] = await db.ds.query(`SELECT count(*)::int AS n FROM migrations`);
  expect(n).toBe(m);
  const after = ok(await gql(restored, QUERY, { id: premises.id })).premises;
  expect(after).toEqual(before);
  expect(after.photos[0].alt).toBe("Witryna od ulicy");
  // And the photo's files came back byte for byte, where the app reads them.
  const back = new DiskFileStorage(path.join(restoredFiles, "premises"));
  useFileStorage("premises", back);
  for (const name of [photoFile(key), photoFile(key, true)]) {
    expect((await back.get(name))!.equals((await live.get(name))!)).toBe(true);
  }
});
