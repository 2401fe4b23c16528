import "server-only";
import { randomToken } from "../crypto/tokens";
import { removeStoredFile } from "./remove-stored-file";
import { fileStorage } from "./storage";

// Uploads (evidence documents, message attachments): the bytes are stored first under new random
// keys, then the rows that point to them are written; bytes whose rows were never written are
// removed again, so storage never keeps a file nobody can reach.

export type FileToStore = { bytes: Buffer; type: { contentType: string } };
export type StoredFile<F extends FileToStore> = F & { storageKey: string };

async function storeFiles<F extends FileToStore>(files: F[]): Promise<StoredFile<F>[]> {
  const stored: StoredFile<F>[] = [];
  try {
    for (const file of files) {
      const storageKey = randomToken();
      await fileStorage().put(storageKey, file.bytes, file.type.contentType);
      stored.push({ ...file, storageKey });
    }
    return stored;
  } catch (error) {
    await removeStoredFiles(stored);
    throw error;
  }
}

async function removeStoredFiles(stored: { storageKey: string }[]): Promise<void> {
  for (const file of stored) await removeStoredFile(file.storageKey);
}

/**
 * Stores the files, then runs `record` (the transaction that writes their rows); if it refuses
 * (returns a result that is not ok) or throws, the stored bytes are removed again.
 */
export async function storeThenRecord<F extends FileToStore, R extends { ok: boolean }>(
  files: F[],
  record: (stored: StoredFile<F>[]) => Promise<R>,
): Promise<R> {
  const stored = await storeFiles(files);
  try {
    const result = await record(stored);
    if (!result.ok) await removeStoredFiles(stored);
    return result;
  } catch (error) {
    await removeStoredFiles(stored);
    throw error;
  }
}
