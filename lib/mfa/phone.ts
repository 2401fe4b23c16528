import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** A U.S. mobile number as E.164 (+1XXXXXXXXXX), or the reason it is not one. */
export function parseUsMobileNumber(input: string): { ok: true; e164: string } | { ok: false; message: string } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: "Enter a U.S. mobile phone number." };
  if (trimmed.length > 32 || !/^[\d\s()+.-]+$/.test(trimmed)) {
    return {
      ok: false,
      message: "Enter a U.S. mobile phone number using only digits, spaces, dashes or parentheses, like (202) 555-0143.",
    };
  }
  const phone = parsePhoneNumberFromString(trimmed, "US");
  if (!phone || !phone.isValid() || phone.country !== "US") {
    return { ok: false, message: "Enter a valid 10-digit U.S. mobile phone number, like (202) 555-0143." };
  }
  const type = phone.getType();
  if (type && !["MOBILE", "FIXED_LINE_OR_MOBILE"].includes(type)) {
    return { ok: false, message: "This number cannot receive text messages. Enter a U.S. mobile phone number." };
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
