// The cards the stand-in's payment page knows, as in Stripe's test mode.

/** Pays. */
export const CARD_PAYS = "4242424242424242";
/** Declined with Stripe's generic decline. */
export const CARD_DECLINED = "4000000000000002";

/** Stripe's message for a generic decline (last_payment_error.message). */
export const DECLINE_MESSAGE = "Your card was declined.";

export type CardCheck =
  { outcome: "pays" } | { outcome: "declined"; message: string } | { outcome: "invalid"; errors: Record<string, string> };

export type CardFields = { cardNumber: string; expiry: string; cvc: string; name: string };

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** What the page does with the typed card: Stripe's own field messages where a field is wrong. */
export function checkCard(fields: CardFields, now: Date): CardCheck {
  const errors: Record<string, string> = {};
  const number = fields.cardNumber.replace(/[\s-]/g, "");
  if (!/^\d+$/.test(number) || number.length < 16) errors.cardNumber = "Your card number is incomplete.";
  else if (number.length > 19 || !luhn(number)) errors.cardNumber = "Your card number is invalid.";

  const expiry = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(fields.expiry);
  if (!expiry) errors.expiry = "Your card's expiration date is incomplete.";
  else {
    const month = Number(expiry[1]);
    const year = expiry[2].length === 2 ? 2000 + Number(expiry[2]) : Number(expiry[2]);
    if (month < 1 || month > 12) errors.expiry = "Your card's expiration date is invalid.";
    else if (year * 12 + month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) {
      errors.expiry = "Your card's expiration date is in the past.";
    }
  }
  if (!/^\d{3,4}$/.test(fields.cvc.trim())) errors.cvc = "Your card's security code is incomplete.";
  if (fields.name.trim() === "") errors.name = "Enter the name on the card.";
  else if (fields.name.length > 100) errors.name = "The name on the card must be 100 characters or fewer.";
  if (Object.keys(errors).length > 0) return { outcome: "invalid", errors };

  if (number === CARD_PAYS) return { outcome: "pays" };
  if (number === CARD_DECLINED) return { outcome: "declined", message: DECLINE_MESSAGE };
  return {
    outcome: "invalid",
    errors: { cardNumber: "This test page takes only the test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined." },
  };
}
