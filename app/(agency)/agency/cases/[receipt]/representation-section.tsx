import type { ReactNode } from "react";
import type { OfficerRepresentation } from "@/lib/representation/representation-views";
import { getReader } from "@/lib/i18n/request";
import type { Reader, Translate } from "@/lib/i18n/translator";
import { RecordG28Form } from "./record-g28-form";
import { RemoveG28Form } from "./remove-g28-form";

// The console's "Representation (G-28)" section: who represents the applicant now, recording a
// paper G-28, removing one, and every G-28 the case has had.

function timeTag(at: Date) {
  return (chunks: ReactNode) => <time dateTime={at.toISOString()}>{chunks}</time>;
}

function Who({ rep, t, text }: { rep: OfficerRepresentation; t: Translate; text: Reader["text"] }) {
  return (
    <>
      <strong>{text(rep.name)}</strong>
      {rep.organization && <>, {rep.organization}</>}{" "}
      <span className="text-muted">({rep.verified ? t("agency.g28.verified") : t("agency.g28.notVerified")})</span>
      <span className="block break-all text-muted">{t("agency.g28.contact", { email: rep.email, accountNumber: rep.accountNumber })}</span>
    </>
  );
}

export async function RepresentationSection({
  receiptNumber,
  representations,
}: {
  receiptNumber: string;
  representations: OfficerRepresentation[];
}) {
  const { t, format, text } = await getReader();
  const current = representations.filter((rep) => !rep.endedAt);
  return (
    <section aria-labelledby="g28-heading" className="mb-8" data-testid="g28-section">
      <h2 id="g28-heading">{t("agency.g28.heading")}</h2>
      {current.length === 0 ? (
        <p data-testid="g28-none">{t("agency.g28.none")}</p>
      ) : (
        <ul className="max-w-prose list-none p-0" data-testid="g28-current">
          {current.map((rep) => (
            <li key={rep.id} className="mb-4 border-b border-line pb-4" data-testid="g28-current-row">
              <Who rep={rep} t={t} text={text} />
              <span className="block">
                {t.rich("agency.g28.currentSince", {
                  source: rep.source,
                  when: format.dateTime(rep.startedAt, "dateTime"),
                  time: timeTag(rep.startedAt),
                })}
              </span>
              <div className="mt-2">
                <RemoveG28Form receiptNumber={receiptNumber} representationId={rep.id} name={text(rep.name)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <RecordG28Form receiptNumber={receiptNumber} />
      <h3 className="text-lg font-bold">{t("agency.g28.historyHeading")}</h3>
      {representations.length === 0 ? (
        <p>{t("agency.g28.noHistory")}</p>
      ) : (
        <ol className="max-w-prose list-none p-0" data-testid="g28-history">
          {representations.map((rep) => (
            <li key={rep.id} className="mb-2 border-b border-line pb-2">
              <Who rep={rep} t={t} text={text} />
              <span className="block">
                {rep.source === "PAPER"
                  ? t.rich("agency.g28.startedPaper", {
                      when: format.dateTime(rep.startedAt, "dateTime"),
                      officer: rep.recordedByEmail ?? t("agency.g28.anOfficer"),
                      time: timeTag(rep.startedAt),
                    })
                  : t.rich("agency.g28.startedOnline", { when: format.dateTime(rep.startedAt, "dateTime"), time: timeTag(rep.startedAt) })}
              </span>
              <span className="block">
                {rep.endedAt
                  ? rep.endedBy === "OFFICER" && rep.endedByEmail
                    ? t.rich("agency.g28.endedOnBy", {
                        ended: t("agency.g28.endedBy", { by: rep.endedBy }),
                        email: rep.endedByEmail,
                        when: format.dateTime(rep.endedAt, "dateTime"),
                        time: timeTag(rep.endedAt),
                      })
                    : t.rich("agency.g28.endedOn", {
                        ended: t("agency.g28.endedBy", { by: rep.endedBy ?? "UNKNOWN" }),
                        when: format.dateTime(rep.endedAt, "dateTime"),
                        time: timeTag(rep.endedAt),
                      })
                  : t("agency.g28.current")}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
