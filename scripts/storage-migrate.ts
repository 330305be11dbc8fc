import { readdir } from "node:fs/promises";
import path from "node:path";
import { DiskFileStorage, STORAGE_AREAS, defaultStorage, diskStorage, isStoredFileName, type FileStorage, type StorageArea } from "../server/storage/file-storage";
import { s3SettingsFromEnv } from "../server/storage/s3-storage";
import { runMain } from "./run-main";

/**
 * `npm run storage:migrate`: copies the uploaded files of every area from STORAGE_DIR on
 * disk to the S3 bucket named by S3_BUCKET (and the other S3_* variables). Safe to run
 * again and while the app serves: a file already in the bucket is left alone, files on
 * disk are never deleted (remove STORAGE_DIR yourself once the app runs on the bucket).
 */

const CONTENT_TYPES: Record<string, string> = { webp: "image/webp" };

export interface MigrationReport {
  copied: number;
  alreadyThere: number;
  skipped: string[];
}

export async function migrateStorage(
  env: Readonly<Record<string, string | undefined>>,
  log: (s: string) => void = () => {},
  target: (area: StorageArea) => FileStorage = (area) => defaultStorage(area, env),
): Promise<MigrationReport> {
  const report: MigrationReport = { copied: 0, alreadyThere: 0, skipped: [] };
  for (const area of STORAGE_AREAS) {
    const from: DiskFileStorage = diskStorage(area, env);
    const to = target(area);
    const dir = path.resolve(env.STORAGE_DIR ?? ".data/storage", area);
    const names = await readdir(dir).catch(() => [] as string[]);
    let copied = 0;
    for (const name of names) {
      if (!isStoredFileName(name)) {
        report.skipped.push(`${area}/${name}`);
        continue;
      }
      if (await to.exists(name)) {
        report.alreadyThere++;
        continue;
      }
      const bytes = await from.get(name);
      if (!bytes) {
        report.skipped.push(`${area}/${name}`);
        continue;
      }
      const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : "";
      await to.put(name, bytes, CONTENT_TYPES[ext] ?? "application/octet-stream");
      copied++;
    }
    report.copied += copied;
    if (names.length) log(`${area}: ${copied} copied, ${names.length - copied} already there or skipped`);
  }
  return report;
}

if (require.main === module) {
  runMain(async () => {
    const s3 = s3SettingsFromEnv(process.env);
    if (!s3) throw new Error("S3_BUCKET is not set: nothing to migrate to (see README, Running in production).");
    console.log(`Copying ${path.resolve(process.env.STORAGE_DIR ?? ".data/storage")} to bucket ${s3.bucket} …`);
    const r = await migrateStorage(process.env, console.log);
    console.log(`Done: ${r.copied} copied, ${r.alreadyThere} already in the bucket.`);
    if (r.skipped.length) console.log(`Not ours, left alone: ${r.skipped.join(", ")}`);
  });
}
