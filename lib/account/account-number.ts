// An account number as people read and type it: 12 digits, shown in groups of four.

export const ACCOUNT_NUMBER_DIGITS = 12;

/** "123456789012" -> "1234 5678 9012". */
export function formatAccountNumber(accountNumber: string): string {
  return accountNumber.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** The bare 12 digits of what was typed (spaces and dashes allowed), or null. */
export function parseAccountNumber(input: string): string | null {
  const bare = input.replace(/[\s-]/g, "");
  return /^\d{12}$/.test(bare) ? bare : null;
}
