/** Small text tags beside a case: shown as words, not colour alone. */
export function NewMark() {
  return (
    <span className="ml-2 inline-block rounded bg-primary px-2 py-0.5 text-sm font-bold text-white" data-testid="new-mark">
      New since your last visit
    </span>
  );
}

export function ActionRequiredMark() {
  return (
    <span
      className="ml-2 inline-block rounded border-2 border-error-dark bg-error-light px-2 py-0.5 text-sm font-bold text-error-dark"
      data-testid="action-required"
    >
      Action required
    </span>
  );
}
