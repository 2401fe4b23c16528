import Link from "next/link";
import { inputClass } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import type { DashboardView } from "@/lib/cases/dashboard";
import { getReader } from "@/lib/i18n/request";

/** A plain GET form: the choices live in the address (?form=, ?action=needed, ?group=person), no script needed. */
export async function CaseFilters({ view, forms }: { view: DashboardView; forms: { formType: string; formName: string }[] }) {
  const { t, text } = await getReader();
  const filtered = view.form !== null || view.needsAction || view.byPerson;
  return (
    // Keyed by the choices shown: after "Show all cases" (a client-side navigation) the fields start
    // again from the address instead of keeping what was picked before.
    <form
      key={`${view.form ?? ""}|${view.needsAction}|${view.byPerson}`}
      method="get"
      action="/dashboard"
      className="mb-6 max-w-3xl border-2 border-line p-4"
      role="search"
      aria-label={t("dashboard.filters.label")}
    >
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div>
          <label htmlFor="filter-form" className="mb-1 block font-bold">
            {t("dashboard.filters.form")}
          </label>
          <select id="filter-form" name="form" defaultValue={view.form ?? ""} className={`${inputClass} max-w-72`}>
            <option value="">{t("dashboard.filters.allForms")}</option>
            {forms.map((f) => (
              <option key={f.formType} value={f.formType}>
                {f.formType}: {text(f.formName)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-group" className="mb-1 block font-bold">
            {t("dashboard.filters.order")}
          </label>
          <select id="filter-group" name="group" defaultValue={view.byPerson ? "person" : ""} className={`${inputClass} max-w-72`}>
            <option value="">{t("dashboard.filters.recent")}</option>
            <option value="person">{t("dashboard.filters.byPerson")}</option>
          </select>
        </div>
        <div className="flex items-center gap-3 pb-3">
          <input
            type="checkbox"
            id="filter-action"
            name="action"
            value="needed"
            defaultChecked={view.needsAction}
            className="h-6 w-6 accent-primary"
          />
          <label htmlFor="filter-action">{t("dashboard.filters.needsAction")}</label>
        </div>
      </div>
      <p className="mt-4 mb-0 flex flex-wrap items-center gap-6">
        <button type="submit" className={buttonClass("outline")}>
          {t("dashboard.filters.submit")}
        </button>
        {filtered && <Link href="/dashboard">{t("dashboard.filters.showAll")}</Link>}
      </p>
    </form>
  );
}
