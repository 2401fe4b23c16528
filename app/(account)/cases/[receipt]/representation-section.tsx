import Link from "next/link";
import type { ClientRepresentation } from "@/lib/representation/representation-views";
import { endedByMessage, NOT_VERIFIED_MESSAGE } from "@/lib/representation/representation-texts";
import { getReader } from "@/lib/i18n/request";
import type { Reader } from "@/lib/i18n/translator";

// "Who represents you": the current representatives on the case, each with a way to end it, and
// the ended ones (the history of representation stays on the case).

/** The <time> around a date in a translated sentence. */
function when(at: Date) {
  return (chunks: React.ReactNode) => <time dateTime={at.toISOString()}>{chunks}</time>;
}

function Who({ rep, text }: { rep: ClientRepresentation; text: Reader["text"] }) {
  return (
    <>
      <strong>{text(rep.name)}</strong>
      {rep.organization && <>, {rep.organization}</>}
      {!rep.verified && (
        <span className="ml-2 inline-block border border-ink px-2 text-sm" data-testid="not-verified">
          {text(NOT_VERIFIED_MESSAGE)}
        </span>
      )}
    </>
  );
}

export async function RepresentationSection({
  receiptNumber,
  representations,
}: {
  receiptNumber: string;
  representations: ClientRepresentation[];
}) {
  const { t, format, text } = await getReader();
  const date = (at: Date) => format.dateTime(at, "date");
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const current = representations.filter((rep) => !rep.endedAt);
  const ended = representations.filter((rep) => rep.endedAt);
  return (
    <section aria-labelledby="representation-heading" data-testid="who-represents-you">
      <h2 id="representation-heading">{t("cases.representation.heading")}</h2>
      {current.length === 0 ? (
        <p>{t("cases.representation.none")}</p>
      ) : (
        <ul className="max-w-prose list-none p-0" data-testid="current-representatives">
          {current.map((rep) => (
            <li key={rep.id} className="mb-4 border-l-4 border-line pl-5" data-testid="current-representative">
              <Who rep={rep} text={text} />
              <span className="block text-muted">
                {t.rich("cases.representation.since", { date: date(rep.startedAt), time: when(rep.startedAt) })}
              </span>
              {!rep.verified && <span className="block text-muted">{t("cases.representation.notChecked")}</span>}
              <Link href={`/cases/${receiptNumber}?end=${rep.id}`} className="mt-1 inline-block">
                {t.rich("cases.representation.end", { name: text(rep.name), sr })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {ended.length > 0 && (
        <>
          <h3 className="text-lg font-bold">{t("cases.representation.past")}</h3>
          <ul className="max-w-prose list-none p-0" data-testid="past-representatives">
            {ended.map((rep) => (
              <li key={rep.id} className="mb-3">
                <Who rep={rep} text={text} />
                <span className="block text-muted">
                  {t.rich("cases.representation.fromTo", {
                    from: date(rep.startedAt),
                    to: date(rep.endedAt!),
                    start: when(rep.startedAt),
                    end: when(rep.endedAt!),
                  })}{" "}
                  {text(endedByMessage(rep.endedBy, "client"))}.
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
