// Helpers for integration tests of signing in: a finished account part-way through signing in,
// and a solved proof-of-work the way the browser solves it.
import { solveChallenge } from "altcha-lib/v1";
import { signInWithPassword } from "@/lib/auth/sign-in";
import type { RequestInfo } from "@/lib/http/request-info";
import { findLiveSession, type CurrentSession } from "@/lib/sessions/sessions";
import { GOOD_PASSWORD, info, signedUpTo, type MfaChoice } from "./sign-up-fixtures";

/** A finished account whose password was just entered: the half-signed-in session. */
export async function passwordDone(method: MfaChoice = "EMAIL", from: RequestInfo = info) {
  const journey = await signedUpTo("COMPLETE", { method, phone: "2025550123" });
  const result = await signInWithPassword({ email: journey.user.email, password: GOOD_PASSWORD }, from);
  if (!result.ok) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  const session = (await findLiveSession(result.sessionToken, { touch: false })) as CurrentSession;
  return { ...journey, session, token: result.sessionToken };
}

/** The form value the sign-in page's solver would submit for a challenge. */
export async function solvePow(challengeJson: string): Promise<string> {
  const c = JSON.parse(challengeJson) as { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error("no solution");
  return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: solution.number, salt: c.salt, signature: c.signature, took: 1 })).toString("base64");
}
