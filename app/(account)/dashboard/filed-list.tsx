import Link from "next/link";
import type { SubmittedFiling } from "@/lib/filing/submitted-filings";
import { filingTitle } from "@/lib/filing/engine/localize";
import { getReader } from "@/lib/i18n/request";

/** The forms the applicant filed online, each with its confirmation (a change of address has no case to show). */
export async function FiledList({ filings }: { filings: SubmittedFiling[] }) {
  const reader = await getReader();
  const { t, format } = reader;
  return (
    <ul className="mb-0 max-w-3xl list-disc pl-6" data-testid="filed-list">
      {filings.map((f) => (
        <li key={f.id} className="mb-2">
          <Link href={`/file/${f.id}/confirmation`}>
            {f.formType}, {filingTitle(f.formType, reader) ?? f.formTitle}
          </Link>{" "}
          <span className="text-muted">
            {t("dashboard.filed.line", { date: format.dateTime(f.submittedAt, "date"), number: f.confirmationNumber })}
          </span>
        </li>
      ))}
    </ul>
  );
}
