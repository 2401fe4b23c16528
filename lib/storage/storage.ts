import "server-only";
import { env, type Env } from "../env";
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";

type StorageSettings = Pick<Env, "UPLOAD_DIR" | "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY">;

/** S3 when a bucket is named, else this server's disk. */
export function storageFromSettings(settings: StorageSettings): FileStorage {
  if (settings.S3_BUCKET) {
    return new S3Storage({
      bucket: settings.S3_BUCKET,
      // parseEnv refuses a bucket without a region; this only satisfies the type.
      region: settings.S3_REGION ?? "us-east-1",
      endpoint: settings.S3_ENDPOINT,
      accessKeyId: settings.S3_ACCESS_KEY_ID,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
    });
  }
  return new LocalDiskStorage(settings.UPLOAD_DIR);
}

let current: FileStorage | undefined;

/** The storage the settings choose (one per process). */
export function fileStorage(): FileStorage {
  current ??= storageFromSettings(env());
  return current;
}

/** For tests that change UPLOAD_DIR or the S3 settings. */
export function resetFileStorage(): void {
  current = undefined;
}
