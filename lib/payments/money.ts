/** Integer cents as dollars for people: 47000 -> "$470.00". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(cents));
  const dollars = Math.floor(abs / 100).toLocaleString("en-US");
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, "0")}`;
}

/** A fee as shown to people: "$470.00", or "No fee" for none. */
export function formatFee(cents: number): string {
  return cents === 0 ? "No fee" : formatCents(cents);
}

/** A fee in the reader's language: "$470.00", or their words for "No fee". */
export function feeText(cents: number, t: (key: string) => string): string {
  return cents === 0 ? t("payments.noFee") : formatCents(cents);
}
