import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readerFor } from "@/lib/i18n/translator";
import { addStatusEvent, issueNotice } from "@/lib/cases/agency-operations";
import { sendDeadlineReminders } from "@/lib/cases/deadline-reminders";
import { caseForOwner } from "@/lib/cases/case-for-owner";
import { applicantWithCase, createUser, officer, sessionFor } from "@/tests/support/factories";
import { submit } from "@/tests/support/action-input";
import { calendarForOwner } from "./calendar";
import { openRescheduleRequests } from "./open-requests";
import { requestReschedule, zRescheduleRequest } from "./reschedule";
import { setNewAppointment, zSetNewAppointment } from "./set-new-appointment";
import { upcomingAppointments } from "./appointments";
import { appointmentTime } from "./appointment-time";
import { INTERVIEW_CANCELLED } from "./appointment-statuses";

const DAY = 86_400_000;
const en = readerFor("en", "UTC");

/** An owner in Chicago with an interview at the Boston office 10 days ahead at 14:00 UTC. */
async function interviewAtBoston() {
  const owned = await applicantWithCase();
  await db().user.update({ where: { id: owned.user.id }, data: { timeZone: "America/Chicago" } });
  const day = new Date(Date.now() + 10 * DAY);
  const at = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 14));
  const notice = await issueNotice(owned.receiptNumber, "INTERVIEW", { appointmentAt: at, office: "BOS-FO" });
  return { ...owned, at, noticeId: notice.id };
}

const form = (receiptNumber: string, noticeId: string, extra: Record<string, string> = {}) => ({
  receiptNumber,
  noticeId,
  reason: "I will be out of the country for a funeral.",
  preferredDates: "Any weekday morning in the following two weeks.",
  ...extra,
});

async function snapshot() {
  const [requests, events, audit, outbox, notices] = await Promise.all([
    db().rescheduleRequest.count(),
    db().caseEvent.count(),
    db().auditLog.count(),
    db().outboundMessage.count(),
    db().notice.count(),
  ]);
  return { requests, events, audit, outbox, notices };
}

describe("appointments at an office", () => {
  it("name the office, with its address and time zone, and are the owner's upcoming appointments", async () => {
    const { user, receiptNumber, at } = await interviewAtBoston();
    const [appointment] = await upcomingAppointments(user, receiptNumber);
    expect(appointment).toMatchObject({ kind: "INTERVIEW", at, office: { code: "BOS-FO", city: "Boston", timeZone: "America/New_York" } });
    expect(await upcomingAppointments(await createUser("COMPLETE"), receiptNumber)).toEqual([]);
  });

  it("are not listed once the interview is cancelled, nor offered for rescheduling; a later interview is", async () => {
    const { user, receiptNumber, noticeId } = await interviewAtBoston();
    await addStatusEvent(receiptNumber, INTERVIEW_CANCELLED, { at: new Date() });

    expect(await upcomingAppointments(user, receiptNumber)).toEqual([]);
    expect((await caseForOwner(user, receiptNumber))?.appointments).toEqual([]);
    expect(await submit(zRescheduleRequest, form(receiptNumber, noticeId), (input) => requestReschedule(user, input))).toMatchObject({
      ok: false,
    });

    const later = new Date(Date.now() + 20 * DAY);
    const again = await issueNotice(receiptNumber, "INTERVIEW", {
      appointmentAt: later,
      office: "BOS-FO",
      at: new Date(Date.now() + 1000),
    });
    expect((await upcomingAppointments(user, receiptNumber)).map((a) => a.noticeId)).toEqual([again.id]);
  });

  it("give the owner an .ics with the UTC start, the office address, a duration and a reminder a day before; anyone else nothing", async () => {
    const { user, receiptNumber, at, noticeId } = await interviewAtBoston();
    const calendar = await calendarForOwner(user, receiptNumber, noticeId, readerFor("en", "America/Chicago"));
    expect(calendar?.fileName).toBe(`interview-${receiptNumber}.ics`);
    const ics = calendar!.body.replace(/\r\n[ \t]/g, "");
    const stamp = at
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
    expect(ics).toContain(`DTSTART:${stamp}`);
    expect(ics).toContain("DURATION:PT60M");
    expect(ics).toMatch(/LOCATION:Boston Field Office\\, 15 New Sudbury Street\\, Room E-160\\, Boston\\, MA 02203/);
    expect(ics).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-PT24H[\s\S]*END:VALARM/);
    const other = await createUser("COMPLETE");
    expect(await calendarForOwner(other, receiptNumber, noticeId, en)).toBeNull();
    expect(await calendarForOwner(user, receiptNumber, "not-an-id", en)).toBeNull();
  });
});

describe("asking to reschedule", () => {
  it("records the request and the owner's own history entry, then refuses a second one while it is open", async () => {
    const { user, receiptNumber, noticeId, caseId } = await interviewAtBoston();
    const result = await submit(zRescheduleRequest, form(receiptNumber, noticeId), (input) => requestReschedule(user, input));
    expect(result).toEqual({ ok: true, receiptNumber });
    const view = await caseForOwner(user, receiptNumber);
    expect(view?.status.title).toBe("Request To Reschedule My Appointment Was Received");
    expect(view?.history[0]).toMatchObject({ status: "Request To Reschedule My Appointment Was Received", isNew: false });
    const rows = await db().rescheduleRequest.findMany({ where: { caseId } });
    expect(rows).toEqual([
      expect.objectContaining({ noticeId, requesterId: user.id, reason: "I will be out of the country for a funeral.", handledAt: null }),
    ]);

    const before = await snapshot();
    const again = await submit(zRescheduleRequest, form(receiptNumber, noticeId), (input) => requestReschedule(user, input));
    expect(again).toMatchObject({ ok: false, code: "already_submitted" });
    expect(en.text((again as { message: string }).message)).toBe(
      "You already asked to reschedule this appointment. An officer will set a new one and we will send you a new notice.",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("is refused to someone who does not own the case, and changes nothing", async () => {
    const { receiptNumber, noticeId } = await interviewAtBoston();
    const stranger = await createUser("COMPLETE");
    const before = await snapshot();
    const result = await submit(zRescheduleRequest, form(receiptNumber, noticeId), (input) => requestReschedule(stranger, input));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad input with a message per field and changes nothing", async () => {
    const { user, receiptNumber, noticeId } = await interviewAtBoston();
    const before = await snapshot();
    const empty = await submit(zRescheduleRequest, form(receiptNumber, noticeId, { reason: "  ", preferredDates: "" }), (input) =>
      requestReschedule(user, input),
    );
    expect(empty).toMatchObject({ ok: false, code: "invalid_input" });
    const fieldErrors = (empty as { fieldErrors: Record<string, string> }).fieldErrors;
    expect(en.text(fieldErrors.reason)).toBe("Tell us why you need to reschedule.");
    expect(en.text(fieldErrors.preferredDates)).toBe("Tell us which dates suit you.");
    const long = await submit(zRescheduleRequest, form(receiptNumber, noticeId, { reason: "x".repeat(2001) }), (input) =>
      requestReschedule(user, input),
    );
    expect(en.text((long as { fieldErrors: Record<string, string> }).fieldErrors.reason)).toBe(
      "The reason must be 2000 characters or fewer.",
    );
    const unknownNotice = await submit(zRescheduleRequest, form(receiptNumber, crypto.randomUUID()), (input) =>
      requestReschedule(user, input),
    );
    expect(unknownNotice).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a NUL as a space, counts a line break the browser sent as two characters once, and refuses only-NUL text", async () => {
    const { user, receiptNumber, noticeId, caseId } = await interviewAtBoston();
    const before = await snapshot();
    const onlyNul = await submit(zRescheduleRequest, form(receiptNumber, noticeId, { reason: "\u0000" }), (input) =>
      requestReschedule(user, input),
    );
    expect(en.text((onlyNul as { fieldErrors: Record<string, string> }).fieldErrors.reason)).toBe("Tell us why you need to reschedule.");
    expect(await snapshot()).toEqual(before);

    // 125 lines of "Mon": 625 characters as sent, 499 as typed in a box that allows 500.
    const dates = "Mon\r\n".repeat(125);
    const result = await submit(
      zRescheduleRequest,
      form(receiptNumber, noticeId, { reason: "Away\u0000until May.", preferredDates: dates }),
      (input) => requestReschedule(user, input),
    );
    expect(result).toEqual({ ok: true, receiptNumber });
    const [row] = await db().rescheduleRequest.findMany({ where: { caseId } });
    expect(row).toMatchObject({ reason: "Away until May.", preferredDates: "Mon\n".repeat(125).trim() });
  });

  it("is refused for a notice that is not an upcoming appointment", async () => {
    const { user, receiptNumber } = await applicantWithCase();
    const receipt = await db().notice.findFirstOrThrow({ where: { case: { receiptNumber }, kind: "RECEIPT" } });
    const result = await submit(zRescheduleRequest, form(receiptNumber, receipt.id), (input) => requestReschedule(user, input));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("an officer setting a new appointment", () => {
  it("issues a new notice of the same kind on the office's clock, closes the request, records the history and the audit, and alerts the person", async () => {
    const { user, receiptNumber, noticeId, caseId } = await interviewAtBoston();
    await submit(zRescheduleRequest, form(receiptNumber, noticeId), (input) => requestReschedule(user, input));
    const { user: agent, session } = await officer();
    const [open] = await openRescheduleRequests(session);
    expect(open).toMatchObject({
      receiptNumber,
      kind: "INTERVIEW",
      officeCode: "BOS-FO",
      reason: "I will be out of the country for a funeral.",
    });
    expect(await openRescheduleRequests(await sessionFor(user.id, "FULL"))).toEqual([]);

    const year = new Date().getUTCFullYear() + 1;
    const outboxBefore = await db().outboundMessage.count({ where: { to: user.email } });
    const result = await submit(
      zSetNewAppointment,
      { requestId: open.id, office: "CHI-FO", date: `${year}-01-20`, time: "10:30" },
      (input) => setNewAppointment(session, input),
    );
    expect(result).toEqual({ ok: true, receiptNumber });

    const [appointment] = await upcomingAppointments(user, receiptNumber);
    expect(appointment).toMatchObject({ kind: "INTERVIEW", office: { code: "CHI-FO" }, rescheduleRequestedAt: null });
    expect(appointment.at.toISOString()).toBe(`${year}-01-20T16:30:00.000Z`);
    expect(await db().rescheduleRequest.findFirstOrThrow({ where: { id: open.id } })).toMatchObject({ handledById: agent.id });
    const view = await caseForOwner(user, receiptNumber);
    expect(view?.status.title).toBe("Interview Was Rescheduled");
    expect(await db().auditLog.findFirst({ where: { caseId, action: "case.appointment_rescheduled", actorId: agent.id } })).not.toBeNull();
    expect(await db().outboundMessage.count({ where: { to: user.email, template: "case-update" } })).toBeGreaterThan(0);
    expect(await db().outboundMessage.count({ where: { to: user.email } })).toBe(outboxBefore + 1);

    const twice = await submit(
      zSetNewAppointment,
      { requestId: open.id, office: "CHI-FO", date: `${year}-01-21`, time: "10:30" },
      (input) => setNewAppointment(session, input),
    );
    expect(twice).toMatchObject({ ok: false, code: "not_found" });
  });

  it("records a new biometrics appointment as scheduled", async () => {
    const owned = await applicantWithCase();
    const notice = await issueNotice(owned.receiptNumber, "BIOMETRICS_APPOINTMENT", {
      appointmentAt: new Date(Date.now() + 5 * DAY),
      office: "SPR-ASC",
    });
    await submit(zRescheduleRequest, form(owned.receiptNumber, notice.id), (input) => requestReschedule(owned.user, input));
    const { session } = await officer();
    const [open] = await openRescheduleRequests(session);
    const year = new Date().getUTCFullYear() + 1;
    await submit(zSetNewAppointment, { requestId: open.id, office: "SPR-ASC", date: `${year}-02-02`, time: "08:00" }, (input) =>
      setNewAppointment(session, input),
    );
    expect((await caseForOwner(owned.user, owned.receiptNumber))?.status.title).toBe("Biometrics Appointment Was Scheduled");
  });

  it("refuses someone who is not an officer, a past or unreal date, and changes nothing", async () => {
    const { user, receiptNumber, noticeId } = await interviewAtBoston();
    await submit(zRescheduleRequest, form(receiptNumber, noticeId), (input) => requestReschedule(user, input));
    const request = await db().rescheduleRequest.findFirstOrThrow({ where: { noticeId } });
    const before = await snapshot();
    const year = new Date().getUTCFullYear() + 1;
    const applicantSession = await sessionFor(user.id, "FULL");
    const refused = await submit(
      zSetNewAppointment,
      { requestId: request.id, office: "BOS-FO", date: `${year}-01-20`, time: "09:00" },
      (input) => setNewAppointment(applicantSession, input),
    );
    expect(refused).toMatchObject({ ok: false, code: "not_found" });
    const { session } = await officer();
    const past = await submit(zSetNewAppointment, { requestId: request.id, office: "BOS-FO", date: "2020-01-20", time: "09:00" }, (input) =>
      setNewAppointment(session, input),
    );
    expect(en.text((past as { fieldErrors: Record<string, string> }).fieldErrors.date)).toBe("The new appointment must be in the future.");
    const unreal = await submit(
      zSetNewAppointment,
      { requestId: request.id, office: "NOWHERE", date: `${year}-02-30`, time: "09:00" },
      (input) => setNewAppointment(session, input),
    );
    expect(unreal).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await snapshot()).toEqual(before);
    expect((await db().rescheduleRequest.findFirstOrThrow({ where: { id: request.id } })).handledAt).toBeNull();
  });
});

describe("the reminder 2 days before an appointment", () => {
  it("gives the time on the office's clock with the person's own alongside", async () => {
    const owned = await applicantWithCase();
    await db().user.update({ where: { id: owned.user.id }, data: { timeZone: "America/Chicago" } });
    const issued = new Date();
    // Mid-morning in Boston, so Chicago is on the same day (between midnight in Boston and
    // midnight in Chicago the reminder gives each clock its own date).
    const at = new Date(issued.getTime() + 5 * DAY);
    at.setUTCHours(15, 0, 0, 0);
    await issueNotice(owned.receiptNumber, "INTERVIEW", { appointmentAt: at, office: "BOS-FO", at: issued });
    expect((await sendDeadlineReminders(new Date(at.getTime() - 2 * DAY + 60_000))).appointments).toBe(1);
    const reminder = await db().outboundMessage.findFirstOrThrow({ where: { to: owned.user.email, template: "appointment-reminder" } });
    const chicago = readerFor("en", "America/Chicago").format.dateTime(at, "time");
    const boston = readerFor("en", "America/New_York").format.dateTime(at, "time");
    expect(reminder.body).toContain(`${boston} (${chicago})`);
    expect(reminder.body).not.toContain("Boston");
  });

  it("after a reschedule, reminds of the new appointment at its time and never of the old one", async () => {
    const { user, receiptNumber, noticeId, at: oldAt } = await interviewAtBoston();
    await submit(zRescheduleRequest, form(receiptNumber, noticeId), (input) => requestReschedule(user, input));
    const { session } = await officer();
    const [open] = await openRescheduleRequests(session);
    const date = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10);
    await submit(zSetNewAppointment, { requestId: open.id, office: "BOS-FO", date, time: "10:00" }, (input) =>
      setNewAppointment(session, input),
    );
    const [moved] = await upcomingAppointments(user, receiptNumber);
    expect(moved.noticeId).not.toBe(noticeId);
    const reminders = () => db().outboundMessage.findMany({ where: { to: user.email, template: "appointment-reminder" } });

    // The old appointment's reminder moment passes without a reminder, and never brings one later.
    expect((await sendDeadlineReminders(new Date(oldAt.getTime() - 2 * DAY + 60_000))).appointments).toBe(0);
    expect((await sendDeadlineReminders(new Date(oldAt.getTime() - DAY))).appointments).toBe(0);
    expect(await reminders()).toEqual([]);

    expect((await sendDeadlineReminders(new Date(moved.at.getTime() - 2 * DAY + 60_000))).appointments).toBe(1);
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toContain(appointmentTime(readerFor("en", "America/Chicago"), moved.at, "America/New_York"));
  });
});
