import type { Page } from "./fixtures";
import { signInWithEmailCode, type Account } from "./accounts";
import { db } from "./fixtures";
import type { SmtpSink } from "../support/smtp-sink";

/**
 * Another full sign-in of the same account from another browser (or after a sign-out) right after
 * the last one. The 30-second wait and hourly cap between codes are for people; earlier codes are
 * moved back in time so they do not count.
 */
export async function signInAgain(page: Page, mail: SmtpSink, account: Account): Promise<void> {
  await db(`UPDATE "OtpChallenge" SET "createdAt" = "createdAt" - interval '2 hours' WHERE "userId" = $1`, [account.id]);
  await signInWithEmailCode(page, mail, account);
}
