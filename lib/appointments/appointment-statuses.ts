import type { AppointmentKind } from "./appointments";

// The status titles (lib/cases/statuses.ts) that appointment changes record in a case's history.

export const RESCHEDULE_REQUESTED = "Request To Reschedule My Appointment Was Received";

/** Recorded by an officer: the interview of the newest interview notice before it will not take place. */
export const INTERVIEW_CANCELLED = "Interview Cancelled";

/** What the history says when an officer sets a new appointment of this kind. */
export const RESCHEDULED_STATUS: Record<AppointmentKind, string> = {
  INTERVIEW: "Interview Was Rescheduled",
  BIOMETRICS_APPOINTMENT: "Biometrics Appointment Was Scheduled",
};
