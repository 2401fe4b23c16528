import "server-only";
import { createEvent } from "ics";
import { env } from "../env";
import type { Reader } from "../i18n/translator";
import type { Appointment, AppointmentKind } from "./appointments";
import { appointmentTime } from "./appointment-time";
import { appointmentForOwner } from "./appointments";
import { officeAddress } from "./offices";

// "Add to calendar": the appointment as an iCalendar file (the `ics` package), starting at its
// UTC instant, with how long it usually takes, the office's name and address as the place, and a
// reminder one day before. Only for the case's owner; anyone else gets null (404).

const DURATION_MINUTES: Record<AppointmentKind, number> = { BIOMETRICS_APPOINTMENT: 30, INTERVIEW: 60 };

export function calendarLocation(appointment: Pick<Appointment, "office" | "location">): string {
  if (appointment.office) return `${appointment.office.name}, ${officeAddress(appointment.office)}`;
  return appointment.location ?? "";
}

export function appointmentCalendar(appointment: Appointment, reader: Reader): string {
  const { t } = reader;
  const kind = appointment.kind === "INTERVIEW" ? "interview" : "biometrics";
  const when = appointmentTime(reader, appointment.at, appointment.office?.timeZone ?? null);
  const url = new URL(`/cases/${appointment.receiptNumber}`, env().APP_URL).toString();
  const { error, value } = createEvent({
    uid: `${appointment.noticeId}@${new URL(env().APP_URL).hostname}`,
    start: appointment.at.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: DURATION_MINUTES[appointment.kind] },
    title: t(`appointments.calendar.title.${kind}`, { receiptNumber: appointment.receiptNumber }),
    description: t("appointments.calendar.description", { when, receiptNumber: appointment.receiptNumber, url }),
    location: calendarLocation(appointment),
    url,
    productId: "applicant-portal/appointments",
    alarms: [{ action: "display", description: t(`appointments.calendar.reminder.${kind}`), trigger: { hours: 24, before: true } }],
  });
  if (error || !value) throw error ?? new Error("ics produced no calendar");
  return value;
}

/** The owner's appointment as a calendar file and its file name; null when it is not theirs or not an appointment. */
export async function calendarForOwner(
  owner: { id: string },
  receipt: unknown,
  noticeId: unknown,
  reader: Reader,
): Promise<{ body: string; fileName: string } | null> {
  const appointment = await appointmentForOwner(owner, receipt, noticeId);
  if (!appointment) return null;
  const kind = appointment.kind === "INTERVIEW" ? "interview" : "biometrics";
  return { body: appointmentCalendar(appointment, reader), fileName: `${kind}-${appointment.receiptNumber}.ics` };
}
