import "server-only";
import { db } from "../db";
import { env } from "../env";
import { alertPerson, caseAlertRecipients } from "../notify/case-alert";

// Reminders before a deadline, run hourly by the job queue (lib/jobs/schedule.ts): 7 days and 1 day
// before an open request for evidence is due, 2 days before an appointment. Each goes to the case's
// owner and its current representatives, the ways each chose under Alerts. Each reminder is claimed
// by stamping its column in the same transaction that queues its messages, in a statement that
// re-checks it is still unsent: never twice, however many instances run the pass or how often.
// A reminder is only sent if the request or notice existed at its moment (a request given 5 days
// gets the 1-day reminder, not the 7-day one), and a missed 7-day reminder is not sent late once the
// 1-day one is due.

const DAY_MS = 86_400_000;
const BATCH = 200;

export const REMINDER_DAYS = { evidenceWeek: 7, evidenceDay: 1, appointment: 2 } as const;

const inDays = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

type Sent = { evidenceWeek: number; evidenceDay: number; appointments: number };

async function evidenceReminders(now: Date, days: 7 | 1): Promise<number> {
  const column = days === 7 ? "weekReminderAt" : "dayReminderAt";
  const where = {
    respondedAt: null,
    [column]: null,
    dueAt: { gt: days === 7 ? inDays(now, REMINDER_DAYS.evidenceDay) : now, lte: inDays(now, days) },
  };
  const due = await db().evidenceRequest.findMany({
    where,
    take: BATCH,
    orderBy: { dueAt: "asc" },
    select: { id: true, dueAt: true, openedAt: true },
  });
  let sent = 0;
  for (const request of due) {
    // Opened after its reminder's moment: the request's own alert said all there was to say.
    if (request.openedAt.getTime() > request.dueAt.getTime() - days * DAY_MS) {
      await db().evidenceRequest.updateMany({ where: { id: request.id, [column]: null }, data: { [column]: now } });
      continue;
    }
    const claimed = await db().$transaction(async (tx) => {
      const stamp = await tx.evidenceRequest.updateMany({ where: { id: request.id, ...where }, data: { [column]: now } });
      if (stamp.count !== 1) return false;
      const { caseId } = await tx.evidenceRequest.findUniqueOrThrow({ where: { id: request.id }, select: { caseId: true } });
      for (const { person, home } of await caseAlertRecipients(tx, caseId)) {
        const url = new URL(home, env().APP_URL).toString();
        await alertPerson(tx, person, "evidence-due-reminder", { dueOn: request.dueAt.toISOString(), daysLeft: days, url }, caseId);
      }
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}

async function appointmentReminders(now: Date): Promise<number> {
  const where = { reminderSentAt: null, appointmentAt: { gt: now, lte: inDays(now, REMINDER_DAYS.appointment) } };
  const due = await db().notice.findMany({
    where,
    take: BATCH,
    orderBy: { appointmentAt: "asc" },
    select: { id: true, issuedAt: true, appointmentAt: true, office: { select: { timeZone: true } } },
  });
  let sent = 0;
  for (const notice of due) {
    const at = notice.appointmentAt!;
    if (notice.issuedAt.getTime() > at.getTime() - REMINDER_DAYS.appointment * DAY_MS) {
      await db().notice.updateMany({ where: { id: notice.id, reminderSentAt: null }, data: { reminderSentAt: now } });
      continue;
    }
    const claimed = await db().$transaction(async (tx) => {
      const stamp = await tx.notice.updateMany({ where: { id: notice.id, ...where }, data: { reminderSentAt: now } });
      if (stamp.count !== 1) return false;
      const { caseId } = await tx.notice.findUniqueOrThrow({ where: { id: notice.id }, select: { caseId: true } });
      for (const { person, home } of await caseAlertRecipients(tx, caseId)) {
        const url = new URL(home, env().APP_URL).toString();
        await alertPerson(
          tx,
          person,
          "appointment-reminder",
          { at: at.toISOString(), officeTimeZone: notice.office?.timeZone ?? null, url },
          caseId,
        );
      }
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}

/** One pass over every reminder that is due at `now`; returns how many requests and notices were reminded about. */
export async function sendDeadlineReminders(now = new Date()): Promise<Sent> {
  return {
    evidenceWeek: await evidenceReminders(now, 7),
    evidenceDay: await evidenceReminders(now, 1),
    appointments: await appointmentReminders(now),
  };
}
