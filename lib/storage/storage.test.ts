import { S3Client } from "@aws-sdk/client-s3";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LocalDiskStorage } from "./local-disk-storage";
import { s3ClientConfig, S3Storage } from "./s3-storage";
import { storageFromSettings } from "./storage";

const NO_S3 = {
  S3_BUCKET: undefined,
  S3_REGION: undefined,
  S3_ENDPOINT: undefined,
  S3_ACCESS_KEY_ID: undefined,
  S3_SECRET_ACCESS_KEY: undefined,
};
const KEY = "a".repeat(43);

/** Stops the request at the last step before the network and hands it back for inspection. */
function capturingClient(settings: Parameters<typeof s3ClientConfig>[0]) {
  const client = new S3Client({ ...s3ClientConfig(settings), maxAttempts: 1 });
  client.middlewareStack.add(
    (() => async (args: { request: unknown }) => {
      throw Object.assign(new Error("captured"), { captured: args.request });
    }) as never,
    { step: "finalizeRequest", priority: "low", name: "capture" },
  );
  return client;
}

async function capture(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error("expected the request to be stopped before the network");
    },
    (e: { captured?: unknown; message: string }) => e,
  );
  if (!error.captured) throw new Error(error.message);
  return error.captured as {
    method: string;
    protocol: string;
    hostname: string;
    port?: number;
    path: string;
    headers: Record<string, string>;
  };
}

describe("storageFromSettings", () => {
  it("stores on disk in UPLOAD_DIR when no bucket is named", () => {
    const storage = storageFromSettings({ ...NO_S3, UPLOAD_DIR: ".data/uploads" });
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).directory).toBe(path.resolve(".data/uploads"));
  });

  it("uses the bucket when S3_BUCKET is set, with a client built from the S3 settings", async () => {
    const storage = storageFromSettings({
      UPLOAD_DIR: ".data/uploads",
      S3_BUCKET: "evidence-files",
      S3_REGION: "eu-central-1",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_ACCESS_KEY_ID: "portal-key",
      S3_SECRET_ACCESS_KEY: "portal-secret-value",
    });
    expect(storage).toBeInstanceOf(S3Storage);
    const s3 = storage as S3Storage;
    expect(s3.bucket).toBe("evidence-files");
    expect(await s3.client.config.region()).toBe("eu-central-1");
    expect(s3.client.config.forcePathStyle).toBe(true);
    const credentials = await s3.client.config.credentials();
    expect(credentials).toMatchObject({ accessKeyId: "portal-key", secretAccessKey: "portal-secret-value" });
  });
});

describe("s3ClientConfig", () => {
  it("leaves AWS's own endpoint and credential chain alone when only bucket and region are given", () => {
    expect(s3ClientConfig({ bucket: "b", region: "us-east-1" })).toEqual({ region: "us-east-1" });
  });
});

describe("S3Storage requests", () => {
  it("puts an object under its key, in the bucket, at the configured endpoint, signed with the keys", async () => {
    const settings = {
      bucket: "evidence-files",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:9000",
      accessKeyId: "portal-key",
      secretAccessKey: "portal-secret-value",
    };
    const storage = new S3Storage(settings, capturingClient(settings));
    const request = await capture(storage.put(KEY, Buffer.from("%PDF-1.7"), "application/pdf"));
    expect(request).toMatchObject({ method: "PUT", protocol: "http:", hostname: "127.0.0.1", port: 9000, path: `/evidence-files/${KEY}` });
    expect(request.headers["content-type"]).toBe("application/pdf");
    expect(request.headers["content-length"]).toBe("8");
    expect(request.headers.authorization).toContain("Credential=portal-key/");

    expect(await capture(storage.get(KEY))).toMatchObject({ method: "GET", path: `/evidence-files/${KEY}` });
    expect(await capture(storage.delete(KEY))).toMatchObject({ method: "DELETE", path: `/evidence-files/${KEY}` });
  });

  it("refuses anything but a random key before any request", async () => {
    const settings = { bucket: "evidence-files", region: "us-east-1" };
    const storage = new S3Storage(settings, capturingClient(settings));
    await expect(storage.put("../other-bucket/x", Buffer.from("x"), "image/png")).rejects.toThrow("Not a storage key");
  });
});
