import type { Readable } from "node:stream";

/**
 * Where uploaded files live: outside the web root, under random keys (never a file name). The
 * database row is what ties a key to a case and an owner; storage only keeps bytes.
 */
export interface FileStorage {
  /** Stores new bytes under a key; refuses to overwrite an existing one. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are 43 characters of base64url (a randomToken()): nothing else reaches a path or a bucket. */
export function assertStorageKey(key: string): void {
  if (!/^[A-Za-z0-9_-]{43}$/.test(key)) throw new Error("Not a storage key");
}
