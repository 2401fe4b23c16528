import { appointmentTime } from "@/lib/appointments/appointment-time";
import type { Appointment } from "@/lib/appointments/appointments";
import { officeAddress } from "@/lib/appointments/offices";
import { getReader } from "@/lib/i18n/request";

/** When (the office's clock, the person's own alongside) and where an appointment is. */
export async function AppointmentSummary({ appointment }: { appointment: Pick<Appointment, "at" | "office" | "location"> }) {
  const reader = await getReader();
  const { t, timeZone } = reader;
  return (
    <>
      <dl className="grid grid-cols-facts gap-x-4 gap-y-1">
        <dt className="text-muted">{t("appointments.panel.when")}</dt>
        <dd className="m-0" data-testid="appointment-time">
          <time dateTime={appointment.at.toISOString()}>
            {appointmentTime(reader, appointment.at, appointment.office?.timeZone ?? null)}
          </time>
        </dd>
        <dt className="text-muted">{t("appointments.panel.where")}</dt>
        <dd className="m-0" data-testid="appointment-place">
          {appointment.office ? (
            <>
              {appointment.office.name}
              <br />
              {officeAddress(appointment.office)}
            </>
          ) : (
            appointment.location
          )}
        </dd>
      </dl>
      <p className="text-muted">{t("appointments.panel.zoneNote", { zone: timeZone })}</p>
    </>
  );
}
