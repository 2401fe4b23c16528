import { z } from "zod";
import { describeDevice, UNKNOWN_DEVICE } from "../http/describe-device";
import { msg } from "../i18n/message-ref";
import type { Reader } from "../i18n/translator";

export const PASSKEY_NAME_MAX = 60;

export const zPasskeyName = z
  .string({ error: msg("security.passkeys.nameRequired") })
  .trim()
  .min(1, msg("security.passkeys.nameRequired"))
  .max(PASSKEY_NAME_MAX, msg("security.passkeys.nameTooLong", { max: PASSKEY_NAME_MAX }))
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), msg("security.passkeys.nameControl"));

/**
 * A name to suggest, such as "Passkey on Chrome on Linux", so a list of passkeys tells them apart.
 * Written out in the person's language now: whatever the form sends back is saved as their own label.
 */
export function suggestedPasskeyName(userAgent: string | null | undefined, reader: Pick<Reader, "text">): string {
  const device = describeDevice(userAgent);
  if (device === UNKNOWN_DEVICE) return reader.text(msg("security.device.passkey"));
  return reader.text(msg("security.device.passkeyOn", { device })).slice(0, PASSKEY_NAME_MAX);
}
