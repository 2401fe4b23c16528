import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import { msg } from "../i18n/message-ref";
import { parseUsPhoneNumber } from "../mfa/phone";
import { US_STATE_CODES } from "./us-states";

// The contact information form: name, U.S. mailing address and daytime phone.

export const CONTACT_MAX = { fullName: 100, addressLine: 100, city: 60 } as const;
export const CONTACT_FIELDS = ["fullName", "addressLine1", "addressLine2", "city", "state", "postalCode", "contactPhone"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

type FieldMessages = { required: string; tooLong: string; characters: string };

function text(messages: FieldMessages, max: number, { required = true } = {}) {
  const base = z.string(messages.required).trim().max(max, messages.tooLong).regex(NO_CONTROL_CHARACTERS, messages.characters);
  return required ? base.min(1, messages.required) : base;
}

export const zContactForm = z.object({
  fullName: text(
    {
      required: msg("settings.contact.errors.fullName.required"),
      tooLong: msg("settings.contact.errors.fullName.tooLong", { max: CONTACT_MAX.fullName }),
      characters: msg("settings.contact.errors.fullName.characters"),
    },
    CONTACT_MAX.fullName,
  ),
  addressLine1: text(
    {
      required: msg("settings.contact.errors.addressLine1.required"),
      tooLong: msg("settings.contact.errors.addressLine1.tooLong", { max: CONTACT_MAX.addressLine }),
      characters: msg("settings.contact.errors.addressLine1.characters"),
    },
    CONTACT_MAX.addressLine,
  ),
  addressLine2: text(
    {
      required: msg("settings.contact.errors.addressLine2.required"),
      tooLong: msg("settings.contact.errors.addressLine2.tooLong", { max: CONTACT_MAX.addressLine }),
      characters: msg("settings.contact.errors.addressLine2.characters"),
    },
    CONTACT_MAX.addressLine,
    { required: false },
  ),
  city: text(
    {
      required: msg("settings.contact.errors.city.required"),
      tooLong: msg("settings.contact.errors.city.tooLong", { max: CONTACT_MAX.city }),
      characters: msg("settings.contact.errors.city.characters"),
    },
    CONTACT_MAX.city,
  ),
  state: z.string(msg("settings.contact.errors.state")).refine((code) => US_STATE_CODES.has(code), msg("settings.contact.errors.state")),
  postalCode: z
    .string(msg("settings.contact.errors.postalCodeRequired"))
    .trim()
    .min(1, msg("settings.contact.errors.postalCodeRequired"))
    .regex(/^\d{5}(-?\d{4})?$/, msg("settings.contact.errors.postalCodeFormat"))
    .transform((zip) => (zip.length > 5 ? `${zip.slice(0, 5)}-${zip.slice(-4)}` : zip)),
  contactPhone: z.string(msg("settings.contact.errors.contactPhoneRequired")).transform((value, ctx) => {
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
