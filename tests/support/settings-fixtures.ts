// Sessions for settings tests: one with a fresh second step, and one whose last check is too old.
import { requestEmailChange } from "@/lib/account/change-email";
import { db } from "@/lib/db";
import { findLiveSession, type CurrentSession } from "@/lib/sessions/sessions";
import { info, latestMessage, sessionFor, tokenIn } from "./sign-up-fixtures";

export async function fullSession(userId: string, secondStepAgoMs = 0): Promise<CurrentSession & { token: string }> {
  const session = await sessionFor(userId, "FULL");
  await db().session.update({ where: { id: session.id }, data: { secondStepAt: new Date(Date.now() - secondStepAgoMs) } });
  return { ...(await findLiveSession(session.token, { touch: false }))!, token: session.token };
}

/** A full session whose second step was 21 minutes ago. */
export function staleSession(userId: string) {
  return fullSession(userId, 21 * 60_000);
}

export async function changeEmailAndConfirm(session: CurrentSession, newEmail: string): Promise<string> {
  const result = await requestEmailChange(session, { newEmail, confirmNewEmail: newEmail }, info);
  if (!result.ok) throw new Error(`requestEmailChange failed: ${JSON.stringify(result)}`);
  return tokenIn((await latestMessage(newEmail, "confirm-new-email")).body);
}
