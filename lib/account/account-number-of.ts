import "server-only";
import { db } from "../db";
import type { CurrentSession } from "../sessions/sessions";

/** The signed-in person's account number (12 digits). */
export async function accountNumberOf(session: CurrentSession): Promise<string> {
  const user = await db().user.findUniqueOrThrow({ where: { id: session.user.id }, select: { accountNumber: true } });
  return user.accountNumber;
}
