import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { s3Client, type S3Settings } from "../../server/storage/s3-storage";

export interface S3Server {
  settings: S3Settings;
  /** The S3_* variables of an app that uses this server. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * An S3-compatible server in this process (s3rver, files in a temporary folder) with one
 * empty bucket; the app talks to it exactly as to AWS S3 or MinIO (signed V4 requests,
 * path-style addressing).
 */
export async function startS3Server(bucket = "pestor-test"): Promise<S3Server> {
  const dir = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, directory: dir, silent: true });
  const { port } = await server.run();
  const settings: S3Settings = {
    bucket,
    region: "eu-central-1",
    endpoint: `http://127.0.0.1:${port}`,
    // s3rver's one built-in account.
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
  const client = s3Client(settings);
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  client.destroy();
  return {
    settings,
    env: {
      S3_BUCKET: bucket,
      S3_REGION: settings.region,
      S3_ENDPOINT: settings.endpoint!,
      S3_ACCESS_KEY_ID: settings.accessKeyId!,
      S3_SECRET_ACCESS_KEY: settings.secretAccessKey!,
      S3_FORCE_PATH_STYLE: "true",
    },
    stop: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
