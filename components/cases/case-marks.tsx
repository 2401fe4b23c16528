import { getT } from "@/lib/i18n/request";

/** Small text tags beside a case: shown as words, not colour alone. */
export async function NewMark() {
  const t = await getT();
  return (
    <span className="ml-2 inline-block rounded bg-primary px-2 py-0.5 text-sm font-bold text-white" data-testid="new-mark">
      {t("cases.marks.new")}
    </span>
  );
}

export async function ActionRequiredMark() {
  const t = await getT();
  return (
    <span
      className="ml-2 inline-block rounded border-2 border-error-dark bg-error-light px-2 py-0.5 text-sm font-bold text-error-dark"
      data-testid="action-required"
    >
      {t("cases.marks.actionRequired")}
    </span>
  );
}
