import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { migrateStorage } from "../../../scripts/storage-migrate";
import { defaultStorage, fileStorage, useFileStorage } from "../../../server/storage/file-storage";
import { S3FileStorage, s3Client, s3SettingsFromEnv } from "../../../server/storage/s3-storage";
import { newFileKey, photoFile, storePhoto } from "../../../server/storage/photos";
import { startS3Server, type S3Server } from "../../helpers/s3";

/** The S3 driver against a real S3-compatible server (s3rver) started here. */
let s3: S3Server;
let sentHeaders: Record<string, string>[];
let store: S3FileStorage;
beforeAll(async () => {
  s3 = await startS3Server();
  const client = s3Client(s3.settings);
  // Records every request the driver makes, to show that no object is ever made public.
  sentHeaders = [];
  client.middlewareStack.add(
    (next) => async (args) => {
      sentHeaders.push({ ...((args.request as { headers?: Record<string, string> }).headers ?? {}) });
      return next(args);
    },
    { step: "finalizeRequest", name: "recordHeaders" },
  );
  store = new S3FileStorage(client, s3.settings.bucket, "marketplace-attachments");
});
afterAll(async () => {
  await s3.stop();
});

const name = () => `${newFileKey()}.pdf`;

describe("S3FileStorage", () => {
  it("stores, reads back, finds and deletes a file", async () => {
    const n = name();
    const bytes = Buffer.from("%PDF-1.4 zapieczętowana oferta");
    expect(await store.exists(n)).toBe(false);
    expect(await store.get(n)).toBeNull();
    await store.put(n, bytes, "application/pdf");
    expect(await store.exists(n)).toBe(true);
    expect(await store.get(n)).toEqual(bytes);
    await store.delete(n);
    expect(await store.exists(n)).toBe(false);
    expect(await store.get(n)).toBeNull();
    // Deleting what is gone is fine (as on disk).
    await expect(store.delete(n)).resolves.toBeUndefined();
  });

  it("keeps areas apart: a photo's name does not reach the documents", async () => {
    const n = name();
    const client = s3Client(s3.settings);
    const photos = new S3FileStorage(client, s3.settings.bucket, "premises");
    await photos.put(n, Buffer.from("x"), "image/webp");
    expect(await store.exists(n)).toBe(false);
    expect(await photos.exists(n)).toBe(true);
  });

  it("refuses a name that could leave its area", async () => {
    for (const bad of ["../premises/abc", "a/b", "x".repeat(10), "..", ""]) {
      await expect(store.put(bad, Buffer.from("x"), "text/plain")).rejects.toThrow("invalid file name");
      await expect(store.get(bad)).rejects.toThrow("invalid file name");
    }
  });

  it("never asks the bucket to make an object public", async () => {
    sentHeaders.length = 0;
    await store.put(name(), Buffer.from("tajne"), "application/pdf");
    expect(sentHeaders.length).toBeGreaterThan(0);
    for (const h of sentHeaders) {
      expect(Object.keys(h).map((k) => k.toLowerCase())).not.toContain("x-amz-acl");
      expect(h.authorization ?? h.Authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    }
  });

  it("gives a short-lived signed URL that reads the file, and only for a while", async () => {
    const n = name();
    await store.put(n, Buffer.from("podpisany"), "application/pdf");
    const url = await store.signedUrl(n, 60, "oferta.pdf");
    expect(url).toContain("X-Amz-Expires=60");
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("podpisany");
    expect(await store.signedUrl(n, 100_000)).toContain("X-Amz-Expires=900");
    const expired = await store.signedUrl(n, 1);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await fetch(expired)).status).toBe(403);
  });
});

describe("choosing the driver by environment", () => {
  it("is the disk without S3_BUCKET and the bucket with it", () => {
    expect(s3SettingsFromEnv({})).toBeNull();
    expect(defaultStorage("premises", { STORAGE_DIR: "/tmp/x" }).constructor.name).toBe("DiskFileStorage");
    expect(defaultStorage("premises", s3.env)).toBeInstanceOf(S3FileStorage);
    expect(s3SettingsFromEnv({ ...s3.env, S3_FORCE_PATH_STYLE: "" })!.forcePathStyle).toBe(false);
  });

  it("stores an uploaded photo (full size and thumbnail) in the bucket through fileStorage()", async () => {
    useFileStorage("premises", defaultStorage("premises", s3.env));
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#c08040" } }).jpeg().toBuffer();
    const { key } = await storePhoto(fileStorage("premises"), jpeg);
    const reader = new S3FileStorage(s3Client(s3.settings), s3.settings.bucket, "premises");
    expect((await sharp((await reader.get(photoFile(key)))!).metadata()).format).toBe("webp");
    expect(await reader.exists(photoFile(key, true))).toBe(true);
  });
});

describe("npm run storage:migrate", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "storage-migrate-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("copies every area's files from disk to the bucket, once, and leaves strangers alone", async () => {
    const photo = photoFile(newFileKey());
    const doc = newFileKey();
    const logo = `${newFileKey()}.webp`;
    await mkdir(path.join(dir, "premises"), { recursive: true });
    await mkdir(path.join(dir, "marketplace-attachments"), { recursive: true });
    await mkdir(path.join(dir, "organization-logos"), { recursive: true });
    await writeFile(path.join(dir, "premises", photo), "photo-bytes");
    await writeFile(path.join(dir, "marketplace-attachments", doc), "sealed-bytes");
    await writeFile(path.join(dir, "organization-logos", logo), "logo-bytes");
    await writeFile(path.join(dir, "premises", ".DS_Store"), "junk");
    const env = { ...s3.env, STORAGE_DIR: dir };

    const first = await migrateStorage(env);
    expect(first).toEqual({ copied: 3, alreadyThere: 0, skipped: ["premises/.DS_Store"] });
    const bucket = (area: Parameters<typeof defaultStorage>[0]) => defaultStorage(area, env);
    expect((await bucket("premises").get(photo))!.toString()).toBe("photo-bytes");
    expect((await bucket("marketplace-attachments").get(doc))!.toString()).toBe("sealed-bytes");
    expect((await bucket("organization-logos").get(logo))!.toString()).toBe("logo-bytes");

    const again = await migrateStorage(env);
    expect(again).toMatchObject({ copied: 0, alreadyThere: 3 });
  });
});
