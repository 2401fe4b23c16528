import "server-only";
import { logger } from "../logger";
import { fileStorage } from "./storage";

/** Drops bytes that no row points to; a failure here is logged, not shown (the row is what counts). */
export async function removeStoredFile(storageKey: string): Promise<void> {
  try {
    await fileStorage().delete(storageKey);
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "could not delete a stored file");
  }
}
