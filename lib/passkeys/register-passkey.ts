import "server-only";
import { generateRegistrationOptions, verifyRegistrationResponse, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { logger } from "../logger";
import { sendSecurityNotice } from "../notify/security-notice";
import { fail, invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { CHALLENGE_TTL_MS, storeChallenge, takeChallenge } from "./challenge";
import { zPasskeyName } from "./passkey-name";
import { relyingParty } from "./relying-party";
import { parseRegistrationResponse } from "./response-schema";

export const MAX_PASSKEYS = 10;
export const NOT_ADDED_MESSAGE = "That passkey could not be added. Nothing was changed. Try again.";

function checkName(name: unknown) {
  const parsed = zPasskeyName.safeParse(name);
  return parsed.success ? { ok: true as const, name: parsed.data } : { ok: false as const, error: invalid({ name: parsed.error.issues[0].message }, { name: String(name ?? "") }) };
}

/** Step one of adding a passkey: the options for the browser, with the challenge kept on the session. */
export async function passkeyRegistrationOptions(
  session: CurrentSession,
  input: { name: unknown },
): Promise<ActionResult<{ options: PublicKeyCredentialCreationOptionsJSON }>> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const name = checkName(input.name);
  if (!name.ok) return name.error;
  const existing = await db().passkey.findMany({ where: { userId: session.user.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS) return fail("too_many_passkeys", `You can have up to ${MAX_PASSKEYS} passkeys. Remove one you no longer use first.`);
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
export async function registerPasskey(session: CurrentSession, input: { name: unknown; response: unknown }, info: RequestInfo): Promise<ActionResult<{ name: string }>> {
  const expectedChallenge = await takeChallenge(session.id);
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const name = checkName(input.name);
  if (!name.ok) return name.error;
  if (!expectedChallenge) return fail("passkey_expired", "Adding the passkey took too long. Nothing was changed. Try again.");
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
    logger.warn({ requestId: info.requestId, reason: error instanceof Error ? error.message : String(error) }, "passkey registration refused");
    return fail("passkey_not_added", NOT_ADDED_MESSAGE);
  }
  if (!verification.verified) return fail("passkey_not_added", NOT_ADDED_MESSAGE);
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;

  return db().$transaction(async (tx): Promise<ActionResult<{ name: string }>> => {
    const taken = await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
    if (taken) return fail("passkey_exists", "That passkey is already added. Nothing was changed.");
    const passkey = await tx.passkey.create({
      data: {
        userId: session.user.id,
        credentialId: credential.id,
        publicKey: credential.publicKey,
        counter: BigInt(credential.counter),
        transports: credential.transports ?? response.response.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name: name.name,
      },
      select: { id: true },
    });
    await sendSecurityNotice(tx, session.user, "passkey_added", info);
    await recordSecurityEvent(tx, session.user.id, "passkey.added", info, { passkeyId: passkey.id });
    return { ok: true, name: name.name };
  });
}
