import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import { parseUsPhoneNumber } from "../mfa/phone";
import { US_STATE_CODES } from "./us-states";

// The contact information form: name, U.S. mailing address and daytime phone.

export const CONTACT_MAX = { fullName: 100, addressLine: 100, city: 60 } as const;
export const CONTACT_FIELDS = ["fullName", "addressLine1", "addressLine2", "city", "state", "postalCode", "contactPhone"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

function text(label: string, max: number, { required = true } = {}) {
  const base = z
    .string(`Enter your ${label}.`)
    .trim()
    .max(max, `Your ${label} must be ${max} characters or fewer.`)
    .regex(NO_CONTROL_CHARACTERS, `Your ${label} can only contain letters, numbers, spaces and punctuation.`);
  return required ? base.min(1, `Enter your ${label}.`) : base;
}

export const zContactForm = z.object({
  fullName: text("full name", CONTACT_MAX.fullName),
  addressLine1: text("street address", CONTACT_MAX.addressLine),
  addressLine2: text("apartment, suite or unit", CONTACT_MAX.addressLine, { required: false }),
  city: text("city or town", CONTACT_MAX.city),
  state: z.string("Select your state or territory.").refine((code) => US_STATE_CODES.has(code), "Select your state or territory."),
  postalCode: z
    .string("Enter your ZIP code.")
    .trim()
    .min(1, "Enter your ZIP code.")
    .regex(/^\d{5}(-?\d{4})?$/, "Enter a 5-digit ZIP code like 20500, or 9 digits like 20500-0003.")
    .transform((zip) => (zip.length > 5 ? `${zip.slice(0, 5)}-${zip.slice(-4)}` : zip)),
  contactPhone: z.string("Enter a daytime phone number.").transform((value, ctx) => {
    const parsed = parseUsPhoneNumber(value);
    if (parsed.ok) return parsed.e164;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }),
});

export type ContactInput = z.infer<typeof zContactForm>;

/** +12025550143 → (202) 555-0143, for showing a stored number in the form. */
export function formatUsPhone(e164: string | null): string {
  if (!e164) return "";
  return parsePhoneNumberFromString(e164, "US")?.formatNational() ?? e164;
}
