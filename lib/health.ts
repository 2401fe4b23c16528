import "server-only";
import { db } from "./db";

export async function checkHealth(): Promise<{ ok: boolean }> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
