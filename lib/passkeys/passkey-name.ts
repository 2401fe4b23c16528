import { z } from "zod";
import { describeDevice } from "../http/describe-device";

export const PASSKEY_NAME_MAX = 60;

export const zPasskeyName = z
  .string({ error: "Enter a name for this passkey." })
  .trim()
  .min(1, "Enter a name for this passkey.")
  .max(PASSKEY_NAME_MAX, `The name must be ${PASSKEY_NAME_MAX} characters or fewer.`)
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "The name cannot contain control characters.");

/** A name to suggest, such as "Passkey on Chrome on Linux", so a list of passkeys tells them apart. */
export function suggestedPasskeyName(userAgent: string | null | undefined): string {
  const device = describeDevice(userAgent);
  return device === "Unknown device" ? "Passkey" : `Passkey on ${device}`.slice(0, PASSKEY_NAME_MAX);
}
