/** "$470.00", or "No fee" for none: fees are whole cents, shown in dollars. */
export function formatFee(cents: number): string {
  if (cents === 0) return "No fee";
  return `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
