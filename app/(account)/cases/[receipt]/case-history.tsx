import type { CaseView } from "@/lib/cases/case-for-owner";
import { formatUtcDate } from "@/lib/format";
import { NewMark } from "@/components/cases/case-marks";

export function CaseHistory({ history }: { history: CaseView["history"] }) {
  return (
    <ol className="mb-0 max-w-prose list-none border-l-4 border-line p-0 pl-5" data-testid="case-history">
      {history.map((event) => (
        <li key={event.id} className="mb-4">
          <time dateTime={event.at.toISOString()} className="block text-muted">
            {formatUtcDate(event.at)}
          </time>
          <span className="font-bold">{event.status}</span>
          {event.isNew && <NewMark />}
        </li>
      ))}
    </ol>
  );
}
