import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { isStoredFileName, type FileStorage } from "./file-storage-types";

/*
 * No decorators and no entity imports here either: the app's routes import server/storage.
 */

/** Where the bucket is and who we are to it; read from S3_* variables by {@link s3SettingsFromEnv}. */
export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO, Ceph, Garage). */
  forcePathStyle: boolean;
}

/** The S3 settings of the environment, or null when S3_BUCKET is unset (the disk driver then). */
export function s3SettingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): S3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || "us-east-1",
    endpoint: env.S3_ENDPOINT || undefined,
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" || env.S3_FORCE_PATH_STYLE === "1",
  };
}

export function s3Client(s: S3Settings): S3Client {
  return new S3Client({
    region: s.region,
    endpoint: s.endpoint,
    forcePathStyle: s.forcePathStyle,
    // Without keys the SDK's own chain is used (instance roles, AWS_* variables).
    credentials: s.accessKeyId && s.secretAccessKey ? { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey } : undefined,
    // Checksums only where S3 requires them: many S3-compatible servers do not understand
    // the SDK's default streaming (aws-chunked) CRC trailers. Uploads are small buffers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

const notFound = (e: unknown) =>
  e instanceof S3ServiceException && (e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata?.httpStatusCode === 404);

/**
 * Files of one area under `<area>/` in one bucket. Objects are written without an ACL, so
 * they are as private as the bucket (which must not be public: the README says so and
 * `npm run preflight` checks that an anonymous read is refused). Every file, public photo
 * or sealed offer's document alike, reaches a browser only through the app's routes and
 * their access checks, or through a short-lived signed URL from {@link signedUrl}.
 */
export class S3FileStorage implements FileStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  private key(name: string): string {
    if (!isStoredFileName(name)) throw new Error("invalid file name");
    return `${this.prefix}/${name}`;
  }

  async put(name: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: this.key(name), Body: bytes, ContentType: contentType, ContentLength: bytes.length }),
    );
  }

  async get(name: string): Promise<Buffer | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(name) }));
      if (!res.Body) return null;
      return Buffer.from(await res.Body.transformToByteArray());
    } catch (e) {
      if (notFound(e)) return null;
      throw e;
    }
  }

  async exists(name: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(name) }));
      return true;
    } catch (e) {
      if (notFound(e)) return false;
      throw e;
    }
  }

  async delete(name: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(name) }));
  }

  /**
   * A URL that reads one object for `seconds` (at most 15 minutes), for a caller that has
   * already checked access and would rather not stream the bytes through the app.
   */
  async signedUrl(name: string, seconds = 60, downloadAs?: string): Promise<string> {
    const cmd = new GetObjectCommand({ Bucket: this.bucket, Key: this.key(name), ResponseContentDisposition: downloadAs });
    return getSignedUrl(this.client, cmd, { expiresIn: Math.min(Math.max(seconds, 1), 900) });
  }
}
