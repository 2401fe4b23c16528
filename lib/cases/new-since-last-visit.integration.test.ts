import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submit } from "@/tests/support/action-input";
import { applicantWithCase, officer } from "@/tests/support/factories";
import { submitEvidenceResponse } from "@/lib/evidence/submit-evidence-response";
import { replyAsOfficer } from "@/lib/messages/reply-as-officer";
import { zReply } from "@/lib/messages/reply-input";
import { startThread, zStartThread } from "@/lib/messages/start-thread";
import { addStatusEvent, issueNotice, openEvidenceRequest } from "./agency-operations";
import { caseForOwner, markCaseViewed, recordCaseVisit } from "./case-for-owner";
import { dashboardCases, dashboardView } from "./dashboard";
import { createPaperCase } from "./agency-operations";

const DAY = 86_400_000;
const later = (ms = 1000) => new Date(Date.now() + ms);

async function visited(owner: { id: string }, caseId: string, at = new Date()) {
  await markCaseViewed(owner, caseId, at);
}

async function isNewOnDashboard(owner: { id: string }, receiptNumber: string) {
  return (await dashboardCases(owner, 1)).cases.find((c) => c.receiptNumber === receiptNumber)!.isNew;
}

describe("one history entry per event", () => {
  it("issuing the notice for the status the case already has adds no second entry; the status box gets the appointment", async () => {
    const { user, receiptNumber } = await applicantWithCase();
    await addStatusEvent(receiptNumber, "Interview Was Scheduled", { at: later(1000) });
    const interviewAt = new Date(Date.UTC(2027, 0, 15, 14, 30));
    await issueNotice(receiptNumber, "INTERVIEW", { appointmentAt: interviewAt, location: "Field office, Room 4", at: later(2000) });

    const view = (await caseForOwner(user, receiptNumber))!;
    expect(view.history.map((event) => event.status)).toEqual(["Interview Was Scheduled", "Case Was Received"]);
    expect(view.notices.map((notice) => notice.kind)).toContain("INTERVIEW");
    expect(view.statusDate).toEqual({ kind: "appointment", at: interviewAt, location: "Field office, Room 4", officeTimeZone: null });

    // A notice for a new status still records it once.
    await issueNotice(receiptNumber, "APPROVAL", { at: later(3000) });
    const approved = (await caseForOwner(user, receiptNumber))!;
    expect(approved.history.map((event) => event.status)).toEqual(["Case Was Approved", "Interview Was Scheduled", "Case Was Received"]);
    expect(approved.statusDate).toBeNull();
  });

  it("a request for evidence shows its due date in the status box", async () => {
    const { user, receiptNumber } = await applicantWithCase();
    const dueAt = new Date(Date.now() + 30 * DAY);
    await openEvidenceRequest(receiptNumber, { instructions: "Birth certificate", dueAt });
    expect((await caseForOwner(user, receiptNumber))!.statusDate).toEqual({ kind: "due", at: dueAt });
  });
});

describe("new since your last visit", () => {
  it("marks notices, requests and agency replies as well as statuses; the owner's own response and message are never new", async () => {
    const { user, session } = await applicantWithCase();
    const { session: officerSession } = await officer();
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz", receivedAt: minutesAgo(60) });
    const { id: caseId, receiptNumber } = paper;
    await db().case.update({ where: { id: caseId }, data: { ownerId: user.id, linkedAt: minutesAgo(60) } });
    await visited(user, caseId, minutesAgo(10));
    expect(await isNewOnDashboard(user, receiptNumber)).toBe(false);

    // A notice alone (no status change) is new.
    await issueNotice(receiptNumber, "RECEIPT", { at: minutesAgo(9) });
    expect(await isNewOnDashboard(user, receiptNumber)).toBe(true);
    let view = (await caseForOwner(user, receiptNumber))!;
    expect(view.notices.filter((n) => n.isNew).map((n) => n.kind)).toEqual(["RECEIPT"]);
    await visited(user, caseId, minutesAgo(8));

    // A request for evidence: its entry, its notice and the request itself are new.
    const request = await openEvidenceRequest(receiptNumber, {
      instructions: "Passport copy",
      dueAt: new Date(Date.now() + 30 * DAY),
      at: minutesAgo(7),
    });
    view = (await caseForOwner(user, receiptNumber))!;
    expect(view.openEvidenceRequests).toMatchObject([{ id: request.id, isNew: true }]);
    expect(view.notices.filter((n) => n.isNew).map((n) => n.kind)).toEqual(["REQUEST_FOR_EVIDENCE"]);
    expect(view.history.filter((e) => e.isNew).map((e) => e.status)).toEqual(["Request for Additional Evidence Was Sent"]);
    await visited(user, caseId, minutesAgo(6));
    expect(await isNewOnDashboard(user, receiptNumber)).toBe(false);

    // The owner's own response (now, after the last visit): answered on the case, with what was sent, and not new to them.
    await db().document.create({
      data: {
        caseId,
        evidenceRequestId: request.id,
        uploaderId: user.id,
        name: "passport.pdf",
        contentType: "application/pdf",
        size: 10,
        storageKey: `test-${request.id}`,
        sha256: "0".repeat(64),
      },
    });
    expect(
      await submitEvidenceResponse(
        { id: user.id, email: user.email, role: "APPLICANT" },
        { ...{ receiptNumber, requestId: request.id }, confirm: true },
      ),
    ).toMatchObject({ ok: true });
    expect(await isNewOnDashboard(user, receiptNumber)).toBe(false);
    view = (await caseForOwner(user, receiptNumber))!;
    expect(view.history.filter((e) => e.isNew)).toEqual([]);
    expect(view.openEvidenceRequests).toEqual([]);
    expect(view.answeredEvidenceRequests).toMatchObject([{ id: request.id, instructions: "Passport copy", documents: ["passport.pdf"] }]);

    // The owner's own message is not new; the agency's reply is.
    const started = await submit(zStartThread, { receiptNumber, subject: "My passport", body: "Sent it today." }, (input) =>
      startThread(session, input),
    );
    if (!started.ok) throw new Error(started.message);
    expect(await isNewOnDashboard(user, receiptNumber)).toBe(false);
    expect((await caseForOwner(user, receiptNumber))!.unreadThreads).toEqual([]);
    const replied = await submit(zReply, { threadId: started.threadId, body: "Thank you, received." }, (input) =>
      replyAsOfficer(officerSession, input),
    );
    expect(replied).toMatchObject({ ok: true });
    expect(await isNewOnDashboard(user, receiptNumber)).toBe(true);
    expect((await caseForOwner(user, receiptNumber))!.unreadThreads).toEqual([{ id: started.threadId, subject: "My passport" }]);
  });
});

describe("the dashboard for a household", () => {
  it("names each case's applicant, filters by form and by needing action, and groups by person", async () => {
    const { user, receiptNumber: anaI130 } = await applicantWithCase();
    const owned = async (formType: string, applicantName: string) => {
      const created = await createPaperCase({ formType, applicantName });
      await db().case.update({ where: { id: created.id }, data: { ownerId: user.id } });
      return created.receiptNumber;
    };
    const boI130 = await owned("I-130", "Bo Diaz");
    const boI765 = await owned("I-765", "Bo Diaz");
    await openEvidenceRequest(boI765, { instructions: "Photo", dueAt: new Date(Date.now() + 30 * DAY) });

    const all = await dashboardCases(user, 1);
    expect(all.cases.map((c) => [c.receiptNumber, c.applicantName])).toEqual(
      expect.arrayContaining([
        [anaI130, "Ana Diaz"],
        [boI130, "Bo Diaz"],
        [boI765, "Bo Diaz"],
      ]),
    );

    const i130 = await dashboardCases(user, 1, dashboardView({ form: "i-130" }));
    expect(i130.total).toBe(2);
    expect(i130.cases.map((c) => c.receiptNumber).sort()).toEqual([anaI130, boI130].sort());

    const needed = await dashboardCases(user, 1, dashboardView({ action: "needed" }));
    expect(needed.cases.map((c) => c.receiptNumber)).toEqual([boI765]);

    const byPerson = await dashboardCases(user, 1, dashboardView({ group: "person" }));
    expect(byPerson.cases.map((c) => c.applicantName)).toEqual(["Ana Diaz", "Bo Diaz", "Bo Diaz"]);

    // Unknown values are ignored rather than refused.
    expect(dashboardView({ form: "X-1", action: "maybe", group: ["person", "x"] })).toEqual({
      form: null,
      needsAction: false,
      byPerson: true,
    });
  });
});

describe("recording a visit", () => {
  const viewedAt = async (caseId: string) =>
    (await db().case.findUniqueOrThrow({ where: { id: caseId }, select: { ownerViewedAt: true } })).ownerViewedAt;

  it("writes on a first visit and when something is new, and nothing when the page is unchanged", async () => {
    const { user, caseId, receiptNumber } = await applicantWithCase();
    const first = (await caseForOwner(user, receiptNumber))!;
    expect(first.hasNew).toBe(true);
    await recordCaseVisit(user, first);
    expect(await viewedAt(caseId)).toEqual(first.readAt);

    const again = (await caseForOwner(user, receiptNumber))!;
    expect(again.hasNew).toBe(false);
    await recordCaseVisit(user, again);
    expect(await viewedAt(caseId)).toEqual(first.readAt);

    await issueNotice(receiptNumber, "RECEIPT", { at: later(1000) });
    const changed = (await caseForOwner(user, receiptNumber))!;
    expect(changed.hasNew).toBe(true);
    expect(await isNewOnDashboard(user, receiptNumber)).toBe(true);
    await recordCaseVisit(user, { ...changed, readAt: later(2000) });
    expect(await isNewOnDashboard(user, receiptNumber)).toBe(false);
    expect((await caseForOwner(user, receiptNumber))!.hasNew).toBe(false);
  });
});
