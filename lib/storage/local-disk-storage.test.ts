import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { randomToken } from "../crypto/tokens";
import { LocalDiskStorage } from "./local-disk-storage";

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("LocalDiskStorage", () => {
  it("creates its directory, writes a file only its user can read, reads it back and deletes it", async () => {
    const storage = new LocalDiskStorage(path.join(root, "nested", "uploads"));
    const key = randomToken();
    await storage.put(key, Buffer.from("%PDF-1.7 hello"), "application/pdf");
    const file = path.join(root, "nested", "uploads", key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(await text((await storage.get(key))!)).toBe("%PDF-1.7 hello");
    await storage.delete(key);
    expect(fs.existsSync(file)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("never overwrites a stored file", async () => {
    const storage = new LocalDiskStorage(root);
    const key = randomToken();
    await storage.put(key, Buffer.from("first"), "image/png");
    await expect(storage.put(key, Buffer.from("second"), "image/png")).rejects.toThrow();
    expect(await text((await storage.get(key))!)).toBe("first");
  });

  it("accepts only random keys, so no name can reach a path", async () => {
    const storage = new LocalDiskStorage(path.join(root, "inner"));
    for (const key of ["../escape", "passport.pdf", "a/b", "", `${randomToken()}x`, "../".padEnd(43, "a")]) {
      await expect(storage.put(key, Buffer.from("x"), "application/pdf")).rejects.toThrow("Not a storage key");
      await expect(storage.get(key)).rejects.toThrow("Not a storage key");
      await expect(storage.delete(key)).rejects.toThrow("Not a storage key");
    }
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
