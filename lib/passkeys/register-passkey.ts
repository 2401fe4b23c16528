import "server-only";
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
} from "@simplewebauthn/server";
import { z } from "zod";
import { zField } from "../actions/form-input";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { logger } from "../logger";
import { sendSecurityNotice } from "../notify/security-notice";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { CHALLENGE_TTL_MS, storeChallenge, takeChallenge } from "./challenge";
import { zPasskeyName } from "./passkey-name";
import { relyingParty } from "./relying-party";
import { parseRegistrationResponse } from "./response-schema";
import { msg } from "../i18n/message-ref";

export const MAX_PASSKEYS = 10;
export const NOT_ADDED_MESSAGE = msg("security.passkeys.notAdded");

/** Step one's form: the name the person gave the new passkey. */
export const zPasskeyOptions = z.object({ name: zPasskeyName });
export type PasskeyOptionsInput = z.output<typeof zPasskeyOptions>;

/** Step two's form: the same name, and the browser's new credential as JSON text (checked here, not by the form). */
export const zAddPasskey = z.object({ name: zPasskeyName, response: zField() });
export type AddPasskeyInput = z.output<typeof zAddPasskey>;

/** Step one of adding a passkey: the options for the browser, with the challenge kept on the session. */
export async function passkeyRegistrationOptions(
  session: CurrentSession,
  // The name is checked now so a bad one is refused before the browser asks anything.
  _input: PasskeyOptionsInput,
): Promise<ActionResult<{ options: PublicKeyCredentialCreationOptionsJSON }>> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const existing = await db().passkey.findMany({ where: { userId: session.user.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS) return fail("too_many_passkeys", msg("security.passkeys.tooMany", { max: MAX_PASSKEYS }));
  const rp = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: session.user.email,
    userDisplayName: session.user.email,
    userID: new TextEncoder().encode(session.user.id),
    attestationType: "none",
    timeout: CHALLENGE_TTL_MS,
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "required" },
  });
  await storeChallenge(session.id, options.challenge);
  return { ok: true, options };
}

/** Step two: checks the browser's new credential against the challenge and keeps it. */
export async function registerPasskey(
  session: CurrentSession,
  input: AddPasskeyInput,
  info: RequestInfo,
): Promise<ActionResult<{ name: string }>> {
  const expectedChallenge = await takeChallenge(session.id);
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  if (!expectedChallenge) return fail("passkey_expired", msg("security.passkeys.addExpired"));
  const response = parseRegistrationResponse(input.response);
  if (!response) return fail("passkey_not_added", NOT_ADDED_MESSAGE);

  const rp = relyingParty();
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
  } catch (error) {
    logger.warn(
      { requestId: info.requestId, reason: error instanceof Error ? error.message : String(error) },
      "passkey registration refused",
    );
    return fail("passkey_not_added", NOT_ADDED_MESSAGE);
  }
  if (!verification.verified) return fail("passkey_not_added", NOT_ADDED_MESSAGE);
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;

  return db().$transaction(async (tx): Promise<ActionResult<{ name: string }>> => {
    const taken = await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
    if (taken) return fail("passkey_exists", msg("security.passkeys.exists"));
    const passkey = await tx.passkey.create({
      data: {
        userId: session.user.id,
        credentialId: credential.id,
        publicKey: credential.publicKey,
        counter: BigInt(credential.counter),
        transports: credential.transports ?? response.response.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name: input.name,
      },
      select: { id: true },
    });
    await sendSecurityNotice(tx, session.user, "passkey_added", info);
    await recordSecurityEvent(tx, session.user.id, "passkey.added", info, { passkeyId: passkey.id });
    return { ok: true, name: input.name };
  });
}
