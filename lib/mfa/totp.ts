import "server-only";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { Tx } from "../db";
import { decryptSecret, encryptSecret } from "../crypto/encryption";
import { env } from "../env";
import { POLICY } from "../security-policy";

// Authentication-app codes (TOTP, RFC 6238): 160-bit secret encrypted at rest, 30 s steps, ±1 step,
// and no time step is ever accepted twice (the last accepted step is stored).

export function newTotpSecret(): { secret: string; sealed: string } {
  const secret = generateSecret({ length: POLICY.totp.secretBytes });
  return { secret, sealed: encryptSecret(secret) };
}

export function readTotpSecret(sealed: string): string {
  return decryptSecret(sealed);
}

/** What the sign-up page shows: a QR code image (data URL) and the key grouped for typing. */
export async function totpEnrollment(sealed: string, email: string): Promise<{ qrDataUrl: string; key: string; uri: string }> {
  const secret = decryptSecret(sealed);
  const uri = generateURI({ secret, label: email, issuer: `${env().AGENCY_NAME} Portal` });
  const qrDataUrl = await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 220 });
  return { qrDataUrl, key: secret.match(/.{1,4}/g)!.join(" "), uri };
}

export type TotpCheck = "valid" | "wrong" | "replayed";

/** Verifies a code and, in the same statement that accepts it, records its time step. */
export async function checkTotpCode(
  tx: Tx,
  method: { id: string; totpSecretEnc: string | null; lastTotpStep: bigint | null },
  code: string,
): Promise<TotpCheck> {
  if (!method.totpSecretEnc || !/^\d{6}$/.test(code)) return "wrong";
  const result = await verify({
    secret: decryptSecret(method.totpSecretEnc),
    token: code,
    period: POLICY.totp.periodSeconds,
    epochTolerance: POLICY.totp.periodSeconds * POLICY.totp.toleranceSteps,
  });
  if (!result.valid || !("timeStep" in result)) return "wrong";
  const step = BigInt(result.timeStep);
  const accepted = await tx.mfaMethod.updateMany({
    where: { id: method.id, OR: [{ lastTotpStep: null }, { lastTotpStep: { lt: step } }] },
    data: { lastTotpStep: step, lastUsedAt: new Date() },
  });
  return accepted.count === 1 ? "valid" : "replayed";
}
