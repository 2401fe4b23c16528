/** A receipt number exactly as notices print it (EAC2612345678): monospace and never broken across lines. */
export function ReceiptNumber({ value }: { value: string }) {
  return (
    <span className="whitespace-nowrap font-mono" translate="no">
      {value}
    </span>
  );
}
