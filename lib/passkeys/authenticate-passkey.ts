import "server-only";
import { z } from "zod";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { db, type Tx } from "../db";
import { markSecondStepPassed } from "../auth/reauth";
import { finishSignIn, refuseEndedSignIn } from "../auth/second-step";
import { zField } from "../actions/form-input";
import type { RequestInfo } from "../http/request-info";
import { logger } from "../logger";
import { codeEntryLocked, refuseWrongCode } from "../mfa/record-code-failure";
import { fail, type ActionError, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { CHALLENGE_TTL_MS, storeChallenge, takeChallenge } from "./challenge";
import { relyingParty } from "./relying-party";
import { parseAuthenticationResponse } from "./response-schema";
import { msg } from "../i18n/message-ref";

// A passkey as the second step: when signing in, or for the re-check before a settings change. A
// passkey that fails counts like a wrong code towards the 10-wrong-codes lock.

export const PASSKEY_FAILED_MESSAGE = msg("signIn.passkey.failed");
const EXPIRED_MESSAGE = msg("signIn.passkey.expired");

type During = "sign_in" | "reauth";

// The browser's signed answer arrives as text; reading it stays in verifyPasskey, where an
// unreadable answer counts as a failed passkey (towards the lock), not as a typing mistake.
export const zPasskeyAnswer = z.object({ response: zField() });
export type PasskeyAnswerInput = z.output<typeof zPasskeyAnswer>;

/** The re-check with a passkey also carries the settings page to return to (checked by the action). */
export const zPasskeyReauth = zPasskeyAnswer.extend({ next: zField() });

export async function passkeyAuthenticationOptions(
  session: CurrentSession,
): Promise<ActionResult<{ options: PublicKeyCredentialRequestOptionsJSON }>> {
  const locked = await codeEntryLocked(session.user.id);
  if (locked) return locked;
  const passkeys = await db().passkey.findMany({ where: { userId: session.user.id }, select: { credentialId: true, transports: true } });
  if (passkeys.length === 0) return fail("no_passkey", msg("signIn.passkey.none"));
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
    userVerification: "required",
    timeout: CHALLENGE_TTL_MS,
  });
  await storeChallenge(session.id, options.challenge);
  return { ok: true, options };
}

async function refuse(userId: string, info: RequestInfo, during: During): Promise<ActionError> {
  const message = await db().$transaction((tx) => refuseWrongCode(tx, userId, info, { during, method: "passkey" }, PASSKEY_FAILED_MESSAGE));
  return fail("passkey_failed", message);
}

/**
 * Checks the browser's signed answer against the session's challenge and one of the person's own
 * passkeys; on success, `grant` runs in the transaction that records the passkey's use.
 */
async function verifyPasskey<T extends object>(
  session: CurrentSession,
  responseText: string,
  info: RequestInfo,
  during: During,
  grant: (tx: Tx) => Promise<T>,
): Promise<ActionResult<T>> {
  const userId = session.user.id;
  const expectedChallenge = await takeChallenge(session.id);
  const locked = await codeEntryLocked(userId);
  if (locked) return locked;
  if (!expectedChallenge) return fail("passkey_expired", EXPIRED_MESSAGE);
  const response = parseAuthenticationResponse(responseText);
  if (!response) return refuse(userId, info, during);
  const passkey = await db().passkey.findFirst({
    where: { userId, credentialId: response.id },
    select: { id: true, credentialId: true, publicKey: true, counter: true, transports: true },
  });
  if (!passkey) return refuse(userId, info, during);

  const rp = relyingParty();
  let newCounter: number;
  try {
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports,
      },
    });
    if (!verification.verified) return refuse(userId, info, during);
    newCounter = verification.authenticationInfo.newCounter;
  } catch (error) {
    // Includes a signature counter that went backwards: a sign of a cloned authenticator.
    logger.warn({ requestId: info.requestId, reason: error instanceof Error ? error.message : String(error) }, "passkey check refused");
    return refuse(userId, info, during);
  }

  return db().$transaction(async (tx): Promise<ActionResult<T>> => {
    const used = await tx.passkey.updateMany({
      where: { id: passkey.id, userId, counter: passkey.counter },
      data: { counter: BigInt(newCounter), lastUsedAt: new Date() },
    });
    // Another sign-in with the same passkey got there first with the same counter: refuse this one.
    if (used.count !== 1) return fail("passkey_failed", PASSKEY_FAILED_MESSAGE);
    return { ok: true, ...(await grant(tx)) };
  });
}

/** The second step of signing in, with a passkey: the half-way session becomes a full one. */
export async function signInWithPasskey(
  session: CurrentSession,
  input: PasskeyAnswerInput,
  info: RequestInfo,
): Promise<ActionResult<{ sessionToken: string }>> {
  if (session.level !== "PASSWORD_ONLY") return fail("wrong_step", msg("signIn.errors.signInFirst"));
  return refuseEndedSignIn(() =>
    verifyPasskey(session, input.response, info, "sign_in", async (tx) => ({
      sessionToken: await finishSignIn(tx, session, "passkey", info),
    })),
  );
}

/** The re-check before a settings change, with a passkey. */
export async function confirmItsYouWithPasskey(
  session: CurrentSession,
  input: PasskeyAnswerInput,
  info: RequestInfo,
): Promise<ActionResult<{ sessionToken: string }>> {
  if (session.level !== "FULL") return fail("wrong_step", msg("signIn.errors.signInFirstShort"));
  return verifyPasskey(session, input.response, info, "reauth", async (tx) => ({
    sessionToken: await markSecondStepPassed(tx, session.id, session.user.id, "passkey", info),
  }));
}
