import Link from "next/link";
import { inputClass } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import type { DashboardView } from "@/lib/cases/dashboard";

/** A plain GET form: the choices live in the address (?form=, ?action=needed, ?group=person), no script needed. */
export function CaseFilters({ view, forms }: { view: DashboardView; forms: { formType: string; formName: string }[] }) {
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
      aria-label="Show cases"
    >
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div>
          <label htmlFor="filter-form" className="mb-1 block font-bold">
            Form
          </label>
          <select id="filter-form" name="form" defaultValue={view.form ?? ""} className={`${inputClass} max-w-72`}>
            <option value="">All forms</option>
            {forms.map((f) => (
              <option key={f.formType} value={f.formType}>
                {f.formType}: {f.formName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-group" className="mb-1 block font-bold">
            Order
          </label>
          <select id="filter-group" name="group" defaultValue={view.byPerson ? "person" : ""} className={`${inputClass} max-w-72`}>
            <option value="">Most recently changed first</option>
            <option value="person">Grouped by person</option>
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
          <label htmlFor="filter-action">Only cases that need action</label>
        </div>
      </div>
      <p className="mt-4 mb-0 flex flex-wrap items-center gap-6">
        <button type="submit" className={buttonClass("outline")}>
          Show cases
        </button>
        {filtered && <Link href="/dashboard">Show all cases</Link>}
      </p>
    </form>
  );
}
