import type { CaseView } from "@/lib/cases/case-for-owner";
import { statusTitleIn } from "@/lib/cases/statuses";
import { getReader } from "@/lib/i18n/request";
import { NewMark } from "./case-marks";

/** The status history, newest first: each title in the reader's language (stored in English, the official record). */
export async function CaseHistory({ history }: { history: CaseView["history"] }) {
  const { t, format } = await getReader();
  return (
    <ol className="mb-0 max-w-prose list-none border-l-4 border-line p-0 pl-5" data-testid="case-history">
      {history.map((event) => (
        <li key={event.id} className="mb-4">
          <time dateTime={event.at.toISOString()} className="block text-muted">
            {format.dateTime(event.at, "date")}
          </time>
          <span className="font-bold">{statusTitleIn(event.status, t)}</span>
          {event.isNew && <NewMark />}
        </li>
      ))}
    </ol>
  );
}
