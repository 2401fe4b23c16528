import "server-only";
import { db } from "../db";
import { env } from "../env";
import { dateIn } from "../i18n/calendar-days";
import { personTimeZone } from "../i18n/person-reader";
import type { NoticeKind } from "../generated/prisma/client";
import { alertPerson, caseAlertRecipients } from "../notify/case-alert";
import { noLongerStands } from "../appointments/standing-appointments";

// Reminders before a deadline, run hourly by the job queue (lib/jobs/schedule.ts): 7 days and 1 day
// before an open request for evidence is due, 2 days before an appointment whose notice still stands
// (not rescheduled, not cancelled: lib/appointments/standing-appointments.ts). Each goes to the
// case's owner and its current representatives, the ways each chose under Alerts. Each reminder is claimed
// by stamping its column in the same transaction that queues its messages, in a statement that
// re-checks it is still unsent: never twice, however many instances run the pass or how often.
// A reminder is only sent if the request or notice existed at its moment (a request given 5 days
// gets the 1-day reminder, not the 7-day one), and a missed 7-day reminder is not sent late once the
// 1-day one is due. A pass sends all that is due, however many: what it left for the next hour's
// pass could fall out of its window.
//
// A due date is a calendar day, read as the same day everywhere (lib/i18n/formats.ts, dueDay), that
// ends at 23:59 UTC. The 7-day and 1-day reminders go 7 and 1 days before that moment: in the
// afternoon or evening from American Samoa to Puerto Rico, the next morning in Guam; never at night,
// as a text message may wake someone. So the number of days a reminder gives is counted on its
// reader's own calendar when it is sent: 7 and 1 in most US zones, 6 and "today" in Guam.

const DAY_MS = 86_400_000;
const BATCH = 200;

export const REMINDER_DAYS = { evidenceWeek: 7, evidenceDay: 1, appointment: 2 } as const;

const inDays = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

/** When the reminder `days` before a due date is due. */
export const evidenceReminderAt = (dueAt: Date, days: number) => new Date(dueAt.getTime() - days * DAY_MS);

/** The calendar days from `now`, on the reader's calendar, to the due day; 0 on it (or, far east of UTC, after it). */
export function daysLeftFor(dueAt: Date, now: Date, timeZone: string): number {
  return Math.max(0, Math.round((dateIn(dueAt, "UTC") - dateIn(now, timeZone)) / DAY_MS));
}

type Sent = { evidenceWeek: number; evidenceDay: number; appointments: number };

async function evidenceReminders(now: Date, days: 7 | 1, batch: number): Promise<number> {
  const column = days === 7 ? "weekReminderAt" : "dayReminderAt";
  const where = {
    respondedAt: null,
    [column]: null,
    dueAt: { gt: days === 7 ? inDays(now, REMINDER_DAYS.evidenceDay) : now, lte: inDays(now, days) },
  };

  async function remind(request: { id: string; dueAt: Date; openedAt: Date }): Promise<boolean> {
    // Opened after its reminder's moment: the request's own alert said all there was to say.
    if (request.openedAt.getTime() > evidenceReminderAt(request.dueAt, days).getTime()) {
      await db().evidenceRequest.updateMany({ where: { id: request.id, [column]: null }, data: { [column]: now } });
      return false;
    }
    return db().$transaction(async (tx) => {
      const stamp = await tx.evidenceRequest.updateMany({ where: { id: request.id, ...where }, data: { [column]: now } });
      if (stamp.count !== 1) return false;
      const { caseId } = await tx.evidenceRequest.findUniqueOrThrow({ where: { id: request.id }, select: { caseId: true } });
      for (const { person, home } of await caseAlertRecipients(tx, caseId)) {
        const url = new URL(home, env().APP_URL).toString();
        // On the reader's calendar, as their message's dates are (personReader).
        const daysLeft = daysLeftFor(request.dueAt, now, personTimeZone(person.timeZone));
        await alertPerson(tx, person, "evidence-due-reminder", { dueOn: request.dueAt.toISOString(), daysLeft, url }, caseId);
      }
      return true;
    });
  }

  return inBatches(
    batch,
    (take) => db().evidenceRequest.findMany({ where, take, orderBy: { dueAt: "asc" }, select: { id: true, dueAt: true, openedAt: true } }),
    remind,
  );
}

type AppointmentRow = {
  id: string;
  caseId: string;
  kind: NoticeKind;
  issuedAt: Date;
  appointmentAt: Date | null;
  office: { timeZone: string } | null;
};

async function appointmentReminders(now: Date, batch: number): Promise<number> {
  const where = { reminderSentAt: null, appointmentAt: { gt: now, lte: inDays(now, REMINDER_DAYS.appointment) } };

  async function remind(notice: AppointmentRow) {
    const at = notice.appointmentAt!;
    if (notice.issuedAt.getTime() > at.getTime() - REMINDER_DAYS.appointment * DAY_MS) {
      await db().notice.updateMany({ where: { id: notice.id, reminderSentAt: null }, data: { reminderSentAt: now } });
      return false;
    }
    return db().$transaction(async (tx) => {
      const stamp = await tx.notice.updateMany({ where: { id: notice.id, ...where }, data: { reminderSentAt: now } });
      if (stamp.count !== 1) return false;
      // Rescheduled or cancelled: stamped all the same, so it is never reminded about.
      if (await noLongerStands(tx, notice)) return false;
      for (const { person, home } of await caseAlertRecipients(tx, notice.caseId)) {
        const url = new URL(home, env().APP_URL).toString();
        await alertPerson(
          tx,
          person,
          "appointment-reminder",
          { at: at.toISOString(), officeTimeZone: notice.office?.timeZone ?? null, url },
          notice.caseId,
        );
      }
      return true;
    });
  }

  return inBatches(
    batch,
    (take) =>
      db().notice.findMany({
        where,
        take,
        orderBy: { appointmentAt: "asc" },
        select: { id: true, caseId: true, kind: true, issuedAt: true, appointmentAt: true, office: { select: { timeZone: true } } },
      }),
    remind,
  );
}

/**
 * Reads what is due a batch at a time until a batch comes back short, and counts the reminders
 * sent. Each row read leaves the set (stamped here or by another instance, or no longer due), so
 * every batch is new and the loop ends.
 */
async function inBatches<Row>(batch: number, read: (take: number) => Promise<Row[]>, remind: (row: Row) => Promise<boolean>) {
  let sent = 0;
  for (;;) {
    const rows = await read(batch);
    for (const row of rows) if (await remind(row)) sent++;
    if (rows.length < batch) return sent;
  }
}

/** One pass over every reminder that is due at `now`; returns how many requests and notices were reminded about. */
export async function sendDeadlineReminders(now = new Date(), { batch = BATCH } = {}): Promise<Sent> {
  return {
    evidenceWeek: await evidenceReminders(now, 7, batch),
    evidenceDay: await evidenceReminders(now, 1, batch),
    appointments: await appointmentReminders(now, batch),
  };
}
