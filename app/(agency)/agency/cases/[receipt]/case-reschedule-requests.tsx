import { ClientMessages } from "@/components/i18n/client-messages";
import { appointmentTime } from "@/lib/appointments/appointment-time";
import { openRescheduleRequestsOfCase } from "@/lib/appointments/open-requests";
import { OFFICES } from "@/lib/appointments/offices";
import { getReader } from "@/lib/i18n/request";
import type { CurrentSession } from "@/lib/sessions/sessions";
import { SetNewAppointmentForm } from "./set-new-appointment-form";

/** On the officer's case page: the case's open requests to reschedule, each with the form that sets a new appointment. */
export async function CaseRescheduleRequests({ session, receipt }: { session: CurrentSession; receipt: string }) {
  const requests = await openRescheduleRequestsOfCase(session, receipt);
  if (requests.length === 0) return null;
  const reader = await getReader();
  const { t, format } = reader;
  const offices = OFFICES.map((office) => ({ value: office.code, label: `${office.name} (${office.timeZone})` }));
  return (
    <ClientMessages namespaces={["appointments"]}>
      {requests.map((request) => (
        <section
          key={request.id}
          aria-labelledby={`reschedule-${request.id}`}
          className="mb-8 max-w-prose border-t-4 border-warning pt-2"
          data-testid="case-reschedule-request"
        >
          <h2 id={`reschedule-${request.id}`}>{t("appointments.officer.form.heading")}</h2>
          <p>
            {t("appointments.officer.form.summary", {
              date: format.dateTime(request.createdAt, "dateTime"),
              appointment: request.appointmentAt ? appointmentTime(reader, request.appointmentAt, request.officeTimeZone) : "-",
            })}
          </p>
          <p className="whitespace-pre-line">{t("appointments.officer.form.reason", { reason: request.reason })}</p>
          <p className="whitespace-pre-line">{t("appointments.officer.form.dates", { dates: request.preferredDates })}</p>
          <SetNewAppointmentForm requestId={request.id} offices={offices} defaultOffice={request.officeCode ?? ""} />
        </section>
      ))}
    </ClientMessages>
  );
}
