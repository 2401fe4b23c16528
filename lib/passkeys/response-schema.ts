import { z } from "zod";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";

// The browser's answer to a passkey ceremony arrives as JSON text from the client; its shape is
// checked here before the WebAuthn library reads it.

const MAX_RESPONSE_CHARS = 32_000;
const zBase64Url = z
  .string()
  .min(1)
  .max(16_000)
  .regex(/^[A-Za-z0-9_-]+$/);

const zCommon = {
  id: zBase64Url,
  rawId: zBase64Url,
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
};

export const zRegistrationResponse = z.object({
  ...zCommon,
  response: z.object({
    clientDataJSON: zBase64Url,
    attestationObject: zBase64Url,
    authenticatorData: zBase64Url.optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: zBase64Url.optional(),
  }),
});

export const zAuthenticationResponse = z.object({
  ...zCommon,
  response: z.object({
    clientDataJSON: zBase64Url,
    authenticatorData: zBase64Url,
    signature: zBase64Url,
    userHandle: zBase64Url.optional(),
  }),
});

function parseJson(text: unknown): unknown {
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_RESPONSE_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseRegistrationResponse(text: unknown): RegistrationResponseJSON | null {
  const parsed = zRegistrationResponse.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}

export function parseAuthenticationResponse(text: unknown): AuthenticationResponseJSON | null {
  const parsed = zAuthenticationResponse.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}
