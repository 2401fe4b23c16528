import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { Appointment } from "@/lib/appointments/appointments";
import { AppointmentSummary } from "./appointment-summary";
import { getReader } from "@/lib/i18n/request";

/**
 * The case's upcoming appointments on the applicant's case page: when (on the office's clock, the
 * person's own alongside), where, "Add to calendar" and "Ask to reschedule". `requested`: the person
 * just sent a request to reschedule (the confirmation banner).
 */
export async function AppointmentPanel({ appointments, requested = false }: { appointments: Appointment[]; requested?: boolean }) {
  const { t } = await getReader();
  return (
    <>
      {requested && (
        <Alert kind="success" heading={t("appointments.panel.requestReceived.heading")} live testId="reschedule-requested">
          <p>{t("appointments.panel.requestReceived.body")}</p>
        </Alert>
      )}
      {appointments.length > 0 && (
        <section aria-labelledby="appointments-heading" className="mb-8 max-w-prose" data-testid="appointments">
          <h2 id="appointments-heading">{t("appointments.panel.heading")}</h2>
          {appointments.map((appointment) => (
            <AppointmentCard key={appointment.noticeId} appointment={appointment} />
          ))}
        </section>
      )}
    </>
  );
}

async function AppointmentCard({ appointment }: { appointment: Appointment }) {
  const { t, format } = await getReader();
  const kind = t(appointment.kind === "INTERVIEW" ? "appointments.kinds.interview" : "appointments.kinds.biometrics");
  const base = `/cases/${appointment.receiptNumber}/appointments/${appointment.noticeId}`;
  const headingId = `appointment-${appointment.noticeId}`;
  return (
    <article aria-labelledby={headingId} className="mb-4 border-2 border-line p-4" data-testid="appointment">
      <h3 id={headingId} className="mt-0">
        {kind}
      </h3>
      <AppointmentSummary appointment={appointment} />
      {appointment.rescheduleRequestedAt && (
        <p data-testid="reschedule-open">
          {t("appointments.panel.requested", { date: format.dateTime(appointment.rescheduleRequestedAt, "date") })}
        </p>
      )}
      <p className="mb-0 flex flex-wrap gap-x-6">
        <a
          href={`${base}/calendar.ics`}
          download
          aria-label={t("appointments.panel.addToCalendarLabel", { kind })}
          data-testid="add-to-calendar"
        >
          {t("appointments.panel.addToCalendar")}
        </a>
        {!appointment.rescheduleRequestedAt && (
          <Link
            href={`${base}/reschedule`}
            aria-label={t("appointments.panel.askToRescheduleLabel", { kind })}
            data-testid="ask-to-reschedule"
          >
            {t("appointments.panel.askToReschedule")}
          </Link>
        )}
      </p>
    </article>
  );
}
