import { z } from "zod";
import { describeDevice } from "../http/describe-device";
import { msg } from "../i18n/message-ref";

export const PASSKEY_NAME_MAX = 60;

export const zPasskeyName = z
  .string({ error: msg("security.passkeys.nameRequired") })
  .trim()
  .min(1, msg("security.passkeys.nameRequired"))
  .max(PASSKEY_NAME_MAX, msg("security.passkeys.nameTooLong", { max: PASSKEY_NAME_MAX }))
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), msg("security.passkeys.nameControl"));

/** A name to suggest, such as "Passkey on Chrome on Linux", so a list of passkeys tells them apart. */
export function suggestedPasskeyName(userAgent: string | null | undefined): string {
  const device = describeDevice(userAgent);
  return device === "Unknown device" ? "Passkey" : `Passkey on ${device}`.slice(0, PASSKEY_NAME_MAX);
}
