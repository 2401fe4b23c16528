import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/support/factories";
import { deliveryJobKey } from "@/lib/notify/deliver";
import { queuedJobs } from "@/tests/support/job-queue";
import { addStatusEvent, createPaperCase, issueNotice, openEvidenceRequest } from "./agency-operations";
import { endOfUtcDay } from "@/lib/agency/utc-dates";
import { evidenceReminderAt, sendDeadlineReminders } from "./deadline-reminders";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A case owned by a finished applicant; `sms` also turns on text alerts to a verified mobile. */
async function ownedCase({ sms = false } = {}) {
  const owner = await createUser("COMPLETE");
  const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
  await db().case.update({ where: { id: paper.id }, data: { ownerId: owner.id, linkedAt: new Date() } });
  if (sms) {
    await db().user.update({ where: { id: owner.id }, data: { alertBySms: true } });
    await db().mfaMethod.create({ data: { userId: owner.id, kind: "SMS", phone: "+12025550187", verifiedAt: new Date() } });
  }
  return { owner, paper };
}

async function reminders(template: string) {
  return db().outboundMessage.findMany({
    where: { template },
    orderBy: [{ to: "asc" }],
    select: { to: true, channel: true, body: true, caseId: true },
  });
}

describe("reminders before a request for evidence is due and before an appointment", () => {
  it("reminds 7 days and then 1 day before a request is due, each once, to the owner and current representatives", async () => {
    const opened = new Date();
    const { owner, paper } = await ownedCase({ sms: true });
    const representative = await createUser("COMPLETE");
    const former = await createUser("COMPLETE");
    await db().representation.createMany({
      data: [
        { caseId: paper.id, representativeId: representative.id, source: "PAPER", startedAt: opened },
        { caseId: paper.id, representativeId: former.id, source: "PAPER", startedAt: opened, endedAt: opened },
      ],
    });
    // A due date as an officer sets it: the last moment of its day in UTC (dueDateFrom).
    const dueAt = endOfUtcDay(new Date(opened.getTime() + 10 * DAY));
    const request = await openEvidenceRequest(paper.receiptNumber, { instructions: "A birth certificate.", dueAt, at: opened });

    // Four days before the 7-day mark: nothing yet.
    expect(await sendDeadlineReminders(new Date(opened.getTime() + DAY))).toEqual({ evidenceWeek: 0, evidenceDay: 0, appointments: 0 });
    expect(await reminders("evidence-due-reminder")).toEqual([]);

    // Seven days before (and an hour later, and from a second instance at once): one reminder.
    const weekBefore = new Date(evidenceReminderAt(dueAt, 7).getTime() + 60_000);
    const passes = await Promise.all([sendDeadlineReminders(weekBefore), sendDeadlineReminders(weekBefore)]);
    expect(passes.reduce((sum, pass) => sum + pass.evidenceWeek, 0)).toBe(1);
    await sendDeadlineReminders(new Date(weekBefore.getTime() + HOUR));
    let sent = await reminders("evidence-due-reminder");
    expect(sent.map((m) => [m.to, m.channel]).sort()).toEqual(
      [
        [owner.email, "EMAIL"],
        ["+12025550187", "SMS"],
        [representative.email, "EMAIL"],
      ].sort(),
    );
    expect(sent.every((m) => m.caseId === paper.id)).toBe(true);
    const ownerEmail = sent.find((m) => m.to === owner.email)!;
    expect(ownerEmail.body).toContain("in 7 days");
    expect(ownerEmail.body).not.toContain(paper.receiptNumber);
    expect(ownerEmail.body).not.toContain("birth certificate");
    expect(sent.find((m) => m.to === representative.email)!.body).toContain("/representative");
    // Each message has its delivery job.
    const ids = (await db().outboundMessage.findMany({ where: { template: "evidence-due-reminder" }, select: { id: true } })).map(
      (m) => m.id,
    );
    const keys = (await queuedJobs("deliver-message")).map((job) => job.key);
    expect(ids.map((id) => keys.includes(deliveryJobKey(id)))).toEqual([true, true, true]);

    // One day before: the 1-day reminder, once.
    const dayBefore = new Date(evidenceReminderAt(dueAt, 1).getTime() + 60_000);
    expect((await sendDeadlineReminders(dayBefore)).evidenceDay).toBe(1);
    expect((await sendDeadlineReminders(new Date(dayBefore.getTime() + HOUR))).evidenceDay).toBe(0);
    sent = await reminders("evidence-due-reminder");
    expect(sent).toHaveLength(6);
    expect(sent.filter((m) => m.body?.includes("in 1 day"))).toHaveLength(2);
    expect(await db().evidenceRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      weekReminderAt: weekBefore,
      dayReminderAt: dayBefore,
    });
    // After the due date: nothing more.
    expect(await sendDeadlineReminders(new Date(dueAt.getTime() + HOUR))).toEqual({ evidenceWeek: 0, evidenceDay: 0, appointments: 0 });
  });

  it("sends no reminder for an answered request, and only the 1-day one for a request opened with less than 7 days", async () => {
    const now = new Date();
    const { paper } = await ownedCase();
    const answered = await openEvidenceRequest(paper.receiptNumber, {
      instructions: "A passport.",
      dueAt: new Date(now.getTime() + 6 * DAY),
      at: now,
    });
    await db().evidenceRequest.update({ where: { id: answered.id }, data: { respondedAt: now } });
    const short = { dueAt: endOfUtcDay(new Date(now.getTime() + 5 * DAY)) };
    const { id: shortId } = await openEvidenceRequest(paper.receiptNumber, { instructions: "A lease.", dueAt: short.dueAt, at: now });

    expect(await sendDeadlineReminders(new Date(now.getTime() + HOUR))).toEqual({ evidenceWeek: 0, evidenceDay: 0, appointments: 0 });
    expect((await sendDeadlineReminders(new Date(evidenceReminderAt(short.dueAt, 1).getTime() + HOUR))).evidenceDay).toBe(1);
    expect(await reminders("evidence-due-reminder")).toHaveLength(1);
    expect(await db().evidenceRequest.findUniqueOrThrow({ where: { id: answered.id } })).toMatchObject({
      weekReminderAt: null,
      dayReminderAt: null,
    });
    expect((await db().evidenceRequest.findUniqueOrThrow({ where: { id: shortId } })).dayReminderAt).not.toBeNull();
  });

  it("reminds 2 days before an appointment, once, and not for a notice issued closer to it", async () => {
    const now = new Date();
    const { owner, paper } = await ownedCase();
    const appointmentAt = new Date(now.getTime() + 5 * DAY);
    const notice = await issueNotice(paper.receiptNumber, "INTERVIEW", { appointmentAt, location: "Boston Field Office", at: now });
    await issueNotice(paper.receiptNumber, "BIOMETRICS_APPOINTMENT", { appointmentAt: new Date(now.getTime() + DAY), at: now });

    expect((await sendDeadlineReminders(new Date(now.getTime() + 2 * DAY))).appointments).toBe(0);
    const twoDaysBefore = new Date(appointmentAt.getTime() - 2 * DAY + 60_000);
    expect((await sendDeadlineReminders(twoDaysBefore)).appointments).toBe(1);
    expect((await sendDeadlineReminders(new Date(twoDaysBefore.getTime() + HOUR))).appointments).toBe(0);
    const sent = await reminders("appointment-reminder");
    expect(sent).toEqual([expect.objectContaining({ to: owner.email, channel: "EMAIL", caseId: paper.id })]);
    expect(sent[0].body).not.toContain("Boston");
    expect(sent[0].body).not.toContain(paper.receiptNumber);
    expect((await db().notice.findUniqueOrThrow({ where: { id: notice.id } })).reminderSentAt).toEqual(twoDaysBefore);
  });

  it("sends no reminder for an interview cancelled after its notice, and reminds of one scheduled after the cancellation", async () => {
    const now = new Date();
    const { paper } = await ownedCase();
    const first = new Date(now.getTime() + 5 * DAY);
    await issueNotice(paper.receiptNumber, "INTERVIEW", { appointmentAt: first, at: now });
    await issueNotice(paper.receiptNumber, "BIOMETRICS_APPOINTMENT", { appointmentAt: first, at: now });
    await addStatusEvent(paper.receiptNumber, "Interview Cancelled", { at: new Date(now.getTime() + HOUR) });

    // Only the biometrics appointment is reminded.
    expect((await sendDeadlineReminders(new Date(first.getTime() - 2 * DAY + 60_000))).appointments).toBe(1);
    expect(await reminders("appointment-reminder")).toHaveLength(1);

    const second = new Date(now.getTime() + 10 * DAY);
    await issueNotice(paper.receiptNumber, "INTERVIEW", { appointmentAt: second, at: new Date(now.getTime() + 3 * DAY + HOUR) });
    expect((await sendDeadlineReminders(new Date(second.getTime() - 2 * DAY + 60_000))).appointments).toBe(1);
    expect(await reminders("appointment-reminder")).toHaveLength(2);
  });

  it("one pass sends every reminder that is due, however many batches it takes", async () => {
    const now = new Date();
    const { paper } = await ownedCase();
    const dueDay = endOfUtcDay(new Date(now.getTime() + 10 * DAY));
    for (const n of [1, 2, 3, 4, 5]) {
      await openEvidenceRequest(paper.receiptNumber, {
        instructions: `Page ${n}.`,
        dueAt: new Date(dueDay.getTime() - n * HOUR),
        at: now,
      });
      // One interview per case: a later notice of the same kind on a case replaces the earlier one.
      const { paper: other } = await ownedCase();
      await issueNotice(other.receiptNumber, "INTERVIEW", { appointmentAt: new Date(now.getTime() + 4 * DAY + n * HOUR), at: now });
    }
    // An hour after the 7-day reminders' moment (3 days on, give or take): every 7-day reminder and
    // every appointment reminder is due; batches of 2.
    const pass = await sendDeadlineReminders(new Date(evidenceReminderAt(dueDay, 7).getTime() + HOUR), { batch: 2 });
    expect(pass).toEqual({ evidenceWeek: 5, evidenceDay: 0, appointments: 5 });
    expect(await reminders("evidence-due-reminder")).toHaveLength(5);
    expect(await reminders("appointment-reminder")).toHaveLength(5);
    expect(await db().evidenceRequest.count({ where: { weekReminderAt: null } })).toBe(0);
    expect(await db().notice.count({ where: { appointmentAt: { not: null }, reminderSentAt: null } })).toBe(0);
  });

  it("a reminder rolled back with its transaction is neither stamped nor queued", async () => {
    const now = new Date();
    const { paper } = await ownedCase();
    const dueAt = endOfUtcDay(new Date(now.getTime() + 8 * DAY));
    const request = await openEvidenceRequest(paper.receiptNumber, { instructions: "A photo.", dueAt, at: now });
    const jobsBefore = (await queuedJobs("deliver-message")).length;
    // The recipients' alert settings cannot be read: the pass fails inside its transaction.
    await db().$executeRaw`ALTER TABLE "MfaMethod" RENAME TO "MfaMethodAway"`;
    await db().user.updateMany({ data: { alertBySms: true } });
    try {
      await expect(sendDeadlineReminders(new Date(evidenceReminderAt(dueAt, 7).getTime() + HOUR))).rejects.toThrow();
    } finally {
      await db().$executeRaw`ALTER TABLE "MfaMethodAway" RENAME TO "MfaMethod"`;
    }
    expect((await db().evidenceRequest.findUniqueOrThrow({ where: { id: request.id } })).weekReminderAt).toBeNull();
    expect(await reminders("evidence-due-reminder")).toEqual([]);
    expect(await queuedJobs("deliver-message")).toHaveLength(jobsBefore);
    // The next pass sends it.
    expect((await sendDeadlineReminders(new Date(evidenceReminderAt(dueAt, 7).getTime() + 2 * HOUR))).evidenceWeek).toBe(1);
  });
});

describe("the days a reminder gives, on its reader's calendar", () => {
  /** An owner in Guam (UTC+10) and their representative in Hawaii (UTC-10), with a request due in 10 days. */
  async function guamAndHawaii() {
    const opened = new Date();
    const { owner, paper } = await ownedCase();
    const representative = await createUser("COMPLETE");
    await db().user.update({ where: { id: owner.id }, data: { timeZone: "Pacific/Guam" } });
    await db().user.update({ where: { id: representative.id }, data: { timeZone: "Pacific/Honolulu" } });
    await db().representation.create({
      data: { caseId: paper.id, representativeId: representative.id, source: "PAPER", startedAt: opened },
    });
    const dueAt = endOfUtcDay(new Date(opened.getTime() + 10 * DAY));
    await openEvidenceRequest(paper.receiptNumber, { instructions: "A birth certificate.", dueAt, at: opened });
    const bodyTo = async (to: string) => (await reminders("evidence-due-reminder")).filter((m) => m.to === to).map((m) => m.body);
    return { opened, dueAt, guam: () => bodyTo(owner.email), hawaii: () => bodyTo(representative.email) };
  }

  it("in Hawaii the 7-day and 1-day reminders say 7 and 1 days; in Guam, where it is the next morning, 6 days and today", async () => {
    const { opened, dueAt, guam, hawaii } = await guamAndHawaii();
    const dueDay = dueAt.toISOString().slice(0, 10);
    const utc = (days: number, time: string) => new Date(new Date(`${dueDay}T${time}Z`).getTime() - days * DAY);

    // Every hourly pass, at :05 as the schedule runs it, from the opening to a day after the due date.
    const fired: { at: string; week: number; day: number }[] = [];
    const first = Math.ceil((opened.getTime() - 5 * 60_000) / HOUR) * HOUR + 5 * 60_000;
    for (let at = first; at <= dueAt.getTime() + DAY; at += HOUR) {
      const pass = await sendDeadlineReminders(new Date(at));
      if (pass.evidenceWeek || pass.evidenceDay)
        fired.push({ at: new Date(at).toISOString(), week: pass.evidenceWeek, day: pass.evidenceDay });
    }

    // The first pass after 23:59 UTC: 00:05 UTC is 2:05 PM the day before in Hawaii, 10:05 AM in Guam.
    expect(fired).toEqual([
      { at: utc(6, "00:05:00.000").toISOString(), week: 1, day: 0 },
      { at: utc(0, "00:05:00.000").toISOString(), week: 0, day: 1 },
    ]);
    const hawaiian = await hawaii();
    expect(hawaiian).toHaveLength(2);
    expect(hawaiian.filter((body) => body?.includes("(in 7 days)"))).toHaveLength(1);
    expect(hawaiian.filter((body) => body?.includes("(in 1 day)"))).toHaveLength(1);
    const guamanian = await guam();
    expect(guamanian).toHaveLength(2);
    expect(guamanian.filter((body) => body?.includes("(in 6 days)"))).toHaveLength(1);
    expect(guamanian.filter((body) => body?.includes("(today)"))).toHaveLength(1);
  });

  it("a reminder sent late counts from the day each reader is on: due today in Guam, tomorrow in Hawaii", async () => {
    const { dueAt, guam, hawaii } = await guamAndHawaii();
    // The passes from the day before missed; this one, at 03:05 UTC on the due day, is 1:05 PM on the
    // due day in Guam and 5:05 PM the day before in Hawaii.
    const late = new Date(evidenceReminderAt(dueAt, 1).getTime() + 3 * HOUR + 5 * 60_000);
    expect(await sendDeadlineReminders(late)).toEqual({ evidenceWeek: 0, evidenceDay: 1, appointments: 0 });
    expect(await guam()).toEqual([expect.stringContaining("(today)")]);
    expect(await hawaii()).toEqual([expect.stringContaining("(in 1 day)")]);
  });
});
