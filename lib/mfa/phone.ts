import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { msg } from "../i18n/message-ref";

type PhoneResult = { ok: true; e164: string } | { ok: false; message: string };

/** A U.S. mobile number as E.164 (+1XXXXXXXXXX), or the reason it is not one. */
export function parseUsMobileNumber(input: string): PhoneResult {
  return parseUsPhone(input, "security.phone");
}

/** Any U.S. phone (a daytime contact number need not take text messages), as E.164, or the reason it is not one. */
export function parseUsPhoneNumber(input: string): PhoneResult {
  return parseUsPhone(input, "security.anyPhone");
}

function parseUsPhone(input: string, texts: "security.phone" | "security.anyPhone"): PhoneResult {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: msg(`${texts}.required`) };
  if (trimmed.length > 32 || !/^[\d\s()+.-]+$/.test(trimmed)) {
    return {
      ok: false,
      message: msg(`${texts}.characters`),
    };
  }
  const phone = parsePhoneNumberFromString(trimmed, "US");
  if (!phone || !phone.isValid() || phone.country !== "US") {
    return { ok: false, message: msg(`${texts}.invalid`) };
  }
  const type = phone.getType();
  if (type && !["MOBILE", "FIXED_LINE_OR_MOBILE"].includes(type)) {
    return { ok: false, message: msg(`${texts}.notMobile`) };
  }
  return { ok: true, e164: phone.number };
}

/** +12025550143 → (***) ***-0143 */
export function maskPhone(e164: string): string {
  return `(***) ***-${e164.slice(-4)}`;
}

/** ana.diaz@example.com → a•••z@example.com */
export function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  const shown = local.length <= 2 ? `${local[0]}•••` : `${local[0]}•••${local.at(-1)}`;
  return `${shown}@${domain}`;
}
