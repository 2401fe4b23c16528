import Link from "next/link";
import type { DraftSummary } from "@/lib/filing/drafts";
import { formatUtcDate, formatUtcDateTime } from "@/lib/format";
import { lastSavedInWords } from "./last-saved";

/** The forms the applicant has started online and not yet submitted. */
export function DraftList({ drafts, now }: { drafts: DraftSummary[]; now: Date }) {
  return (
    <ul className="mb-0 max-w-3xl list-none p-0" data-testid="draft-list">
      {drafts.map((d) => (
        <li key={d.id} className="mb-4 border-2 border-line p-5" data-testid="draft-card" data-filing={d.id}>
          <h3 className="mt-0 mb-1 text-lg font-bold">
            {d.formType}, {d.title}
          </h3>
          <p className="mb-3 text-muted">
            Last saved{" "}
            <time dateTime={d.lastSavedAt.toISOString()} title={formatUtcDateTime(d.lastSavedAt)}>
              {lastSavedInWords(d.lastSavedAt, now, formatUtcDate)}
            </time>
          </p>
          <div className="flex flex-wrap gap-6">
            <Link href={`/file/${d.id}`}>
              Resume<span className="sr-only"> {d.formType}</span>
            </Link>
            <Link href={`/file/${d.id}/delete`}>
              Delete<span className="sr-only"> {d.formType}</span>
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
