import type { ReactNode } from "react";
import { ActionRequiredMark } from "./case-marks";
import type { StatusDate } from "@/lib/cases/status-date";
import { appointmentTime } from "@/lib/appointments/appointment-time";
import { getReader } from "@/lib/i18n/request";

/** The case's current status, as the applicant's and the representative's case pages show it. */
export async function CaseStatusPanel({
  title,
  explanation,
  next,
  actionRequired,
  changedAt,
  statusDate,
}: {
  title: ReactNode;
  explanation: ReactNode;
  /** What happens next, when the reader is the one it is written for. */
  next?: ReactNode;
  actionRequired: boolean;
  changedAt: Date;
  statusDate: StatusDate | null;
}) {
  const { t, format } = await getReader();
  return (
    <section
      aria-labelledby="status-heading"
      className="mb-8 max-w-prose border-l-8 border-primary bg-primary-light px-5 py-4"
      data-testid="case-status"
    >
      <h2 id="status-heading" className="mt-0">
        {title}
        {actionRequired && <ActionRequiredMark />}
      </h2>
      <p className="text-muted">
        {t.rich("cases.page.since", {
          date: format.dateTime(changedAt, "date"),
          time: (chunks) => <time dateTime={changedAt.toISOString()}>{chunks}</time>,
        })}
      </p>
      {statusDate && <StatusDateLine date={statusDate} />}
      {next ? (
        <>
          <p>{explanation}</p>
          <h3 className="mb-1 font-bold">{t("cases.page.whatNext")}</h3>
          <p className="mb-0">{next}</p>
        </>
      ) : (
        <p className="mb-0">{explanation}</p>
      )}
    </section>
  );
}

async function StatusDateLine({ date }: { date: StatusDate }) {
  const reader = await getReader();
  const { t, format } = reader;
  const time = (chunks: ReactNode) => <time dateTime={date.at.toISOString()}>{chunks}</time>;
  return (
    <p className="font-bold" data-testid="status-date">
      {date.kind === "appointment" ? (
        <>
          {t.rich("cases.statusDate.appointment", { at: appointmentTime(reader, date.at, date.officeTimeZone), time })}
          {date.location && <>, {date.location}</>}
        </>
      ) : (
        t.rich("cases.statusDate.respondBy", { date: format.dateTime(date.at, "dueDay"), time })
      )}
    </p>
  );
}
