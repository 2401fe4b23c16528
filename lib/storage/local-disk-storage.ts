import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { assertStorageKey, type FileStorage } from "./file-storage";

/** Files in one directory on this server's disk, readable only by the portal's own user. */
export class LocalDiskStorage implements FileStorage {
  readonly directory: string;

  constructor(directory: string) {
    this.directory = path.resolve(directory);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.directory, key);
  }

  // The content type is kept in the database row; a file on disk needs none.
  async put(key: string, bytes: Buffer, _contentType: string): Promise<void> {
    const file = this.pathOf(key);
    await fsp.mkdir(this.directory, { recursive: true, mode: 0o700 });
    // "wx": a key is never reused, so an existing file means something is wrong.
    await fsp.writeFile(file, bytes, { mode: 0o600, flag: "wx" });
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    try {
      const handle = await fsp.open(file, "r");
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }

  /** For tests and checks: whether a key has a file. */
  has(key: string): boolean {
    return fs.existsSync(this.pathOf(key));
  }
}
