import Link from "next/link";
import type { DraftSummary } from "@/lib/filing/drafts";
import { lastSavedInWords } from "@/lib/filing/last-saved-in-words";
import { getReader } from "@/lib/i18n/request";

/** The forms the applicant has started online and not yet submitted. */
export async function DraftList({ drafts, now }: { drafts: DraftSummary[]; now: Date }) {
  const reader = await getReader();
  const { t, format } = reader;
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <ul className="mb-0 max-w-3xl list-none p-0" data-testid="draft-list">
      {drafts.map((d) => (
        <li key={d.id} className="mb-4 border-2 border-line p-5" data-testid="draft-card" data-filing={d.id}>
          <h3 className="mt-0 mb-1 text-lg font-bold">
            {d.formType}, {d.title}
          </h3>
          <p className="mb-3 text-muted">
            {t.rich("dashboard.drafts.lastSaved", {
              when: lastSavedInWords(d.lastSavedAt, now, reader),
              time: (chunks) => (
                <time dateTime={d.lastSavedAt.toISOString()} title={format.dateTime(d.lastSavedAt, "dateTime")}>
                  {chunks}
                </time>
              ),
            })}
          </p>
          <div className="flex flex-wrap gap-6">
            <Link href={`/file/${d.id}`}>{t.rich("dashboard.drafts.resume", { form: d.formType, sr })}</Link>
            <Link href={`/file/${d.id}/delete`}>{t.rich("dashboard.drafts.delete", { form: d.formType, sr })}</Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
