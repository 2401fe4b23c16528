import { text } from "node:stream/consumers";
import { readerFor } from "@/lib/i18n/translator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formFields, type FormFields } from "@/lib/actions/form-input";
import type { SessionLike } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { addStatusEvent, issueNotice, openEvidenceRequest } from "@/lib/cases/agency-operations";
import { caseForOwner } from "@/lib/cases/case-for-owner";
import { dashboardCases } from "@/lib/cases/dashboard";
import { RESPONSE_RECEIVED } from "@/lib/cases/statuses";
import { documentForOwner } from "@/lib/evidence/owned-document";
import { evidenceRequestForOwner } from "@/lib/evidence/evidence-request-view";
import { submitEvidenceResponse, zSubmitEvidenceResponse } from "@/lib/evidence/submit-evidence-response";
import { uploadEvidence, zUploadEvidence } from "@/lib/evidence/upload-evidence";
import { attachmentFor } from "@/lib/messages/attachment-for";
import { replyAsApplicant } from "@/lib/messages/reply-as-applicant";
import { replyAsOfficer } from "@/lib/messages/reply-as-officer";
import { zReply } from "@/lib/messages/reply-input";
import { startThread, zStartThread } from "@/lib/messages/start-thread";
import { threadForApplicant, threadForOfficer } from "@/lib/messages/thread-view";
import { submit } from "@/tests/support/action-input";
import { applicantWithCase, file, messageCounts, officer, outboxFor, PDF, useUploadDir } from "@/tests/support/factories";
import { pdfText } from "@/tests/support/pdf-text";
import { represent, representative } from "@/tests/support/representation-factories";
import {
  clientCases,
  markRepresentedCaseViewed,
  noticeForRepresentative,
  representedCase,
  withdrawnRepresentations,
} from "./represented-case";

const DAY = 86_400_000;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

let uploads: ReturnType<typeof useUploadDir>;
beforeEach(() => {
  uploads = useUploadDir();
});
afterEach(() => uploads.cleanup());

function form(fields: Record<string, string | File>): FormFields {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return formFields(data);
}

const post = {
  start: (session: SessionLike, fields: Record<string, string | File>) =>
    submit(zStartThread, form(fields), (input) => startThread(session, input)),
  reply: (session: SessionLike, fields: Record<string, string | File>) =>
    submit(zReply, form(fields), (input) => replyAsApplicant(session, input)),
  officerReply: (session: SessionLike, fields: Record<string, string | File>) =>
    submit(zReply, form(fields), (input) => replyAsOfficer(session, input)),
};

/** An applicant's case with a current G-28 naming a representative. */
async function representedWorld() {
  const client = await applicantWithCase();
  const rep = await representative("Rosa Lawyer");
  const representation = await represent(client.caseId, rep.user.id);
  return { client, rep, representation };
}

/** Everything a refused call must leave as it was (the messaging counts plus evidence and G-28 rows). */
async function everything() {
  const [counts, requests, representations, events] = await Promise.all([
    messageCounts(),
    db().evidenceRequest.findMany({ orderBy: { id: "asc" } }),
    db().representation.findMany({ orderBy: { id: "asc" } }),
    db().caseEvent.count(),
  ]);
  return { counts, requests, representations, events, files: uploads.list() };
}

describe("my clients", () => {
  it("comes a page at a time, most recently changed first, with the whole list's count; a page past the end shows the last", async () => {
    const rep = await representative("Rosa Lawyer");
    const receipts: string[] = [];
    for (let n = 0; n < 5; n++) {
      const client = await applicantWithCase();
      await represent(client.caseId, rep.user.id);
      await db().case.update({ where: { id: client.caseId }, data: { statusChangedAt: minutesAgo(10 * n) } });
      receipts.push(client.receiptNumber);
    }
    const ended = await applicantWithCase();
    await represent(ended.caseId, rep.user.id, { ended: { by: "CLIENT" } });

    const pageOf = async (page: number) => clientCases(rep.actor, { page, pageSize: 2 });
    const first = await pageOf(1);
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(first.cases.map((c) => c.receiptNumber)).toEqual(receipts.slice(0, 2));
    expect((await pageOf(2)).cases.map((c) => c.receiptNumber)).toEqual(receipts.slice(2, 4));
    const last = await pageOf(3);
    expect(last).toMatchObject({ total: 5, page: 3, pageCount: 3 });
    expect(last.cases.map((c) => c.receiptNumber)).toEqual(receipts.slice(4));
    expect(await pageOf(9)).toEqual(last);
    expect((await clientCases(rep.actor)).cases).toHaveLength(5);
  });

  it("lists exactly the cases with a current G-28 naming the representative, with status and new since the last visit", async () => {
    const { client, rep, representation } = await representedWorld();
    const elsewhere = await applicantWithCase();
    await represent(elsewhere.caseId, rep.user.id, { ended: { by: "CLIENT" } });
    const other = await representative("Someone Else");
    const notMine = await applicantWithCase();
    await represent(notMine.caseId, other.user.id);

    let list = (await clientCases(rep.actor)).cases;
    expect(list).toEqual([
      expect.objectContaining({
        receiptNumber: client.receiptNumber,
        clientName: "Ana Diaz",
        formType: "I-130",
        status: "Case Was Received",
        isNew: true,
      }),
    ]);

    await markRepresentedCaseViewed(rep.actor, representation.id, new Date());
    list = (await clientCases(rep.actor)).cases;
    expect(list[0].isNew).toBe(false);

    await addStatusEvent(client.receiptNumber, "Case Is Being Actively Reviewed");
    list = (await clientCases(rep.actor)).cases;
    expect(list[0]).toMatchObject({ status: "Case Is Being Actively Reviewed", isNew: true });
    expect((await clientCases(other.actor)).cases).toEqual([expect.objectContaining({ receiptNumber: notMine.receiptNumber })]);
  });

  it("withdrawn G-28s list the ended representations with dates and who ended them, and give no access", async () => {
    const { client, rep } = await representedWorld();
    const former = await applicantWithCase();
    const ended = await represent(former.caseId, rep.user.id, { ended: { at: minutesAgo(5), by: "OFFICER" } });
    expect(await withdrawnRepresentations(rep.actor)).toEqual([
      expect.objectContaining({ id: ended.id, receiptNumber: former.receiptNumber, clientName: "Ana Diaz", endedBy: "OFFICER" }),
    ]);
    expect(await representedCase(rep.actor, former.receiptNumber)).toBeNull();
    expect(await representedCase(rep.actor, client.receiptNumber)).not.toBeNull();
  });
});

describe("a client's case", () => {
  it("shows history, notices, requests and documents; new since the last visit never counts the representative's own response", async () => {
    const { client, rep, representation } = await representedWorld();
    // The case was received an hour ago; the representative last looked ten minutes ago.
    await db().caseEvent.updateMany({ where: { caseId: client.caseId }, data: { at: minutesAgo(60) } });
    await db().notice.updateMany({ where: { caseId: client.caseId }, data: { issuedAt: minutesAgo(60) } });
    await markRepresentedCaseViewed(rep.actor, representation.id, minutesAgo(10));
    const request = await openEvidenceRequest(client.receiptNumber, {
      instructions: "Birth certificate",
      dueAt: new Date(Date.now() + 30 * DAY),
      at: minutesAgo(9),
    });

    let view = (await representedCase(rep.actor, client.receiptNumber))!;
    expect(view.clientName).toBe("Ana Diaz");
    expect(view.history.map((e) => [e.status, e.isNew])).toEqual([
      ["Request for Additional Evidence Was Sent", true],
      ["Case Was Received", false],
    ]);
    expect(view.openEvidenceRequests).toMatchObject([{ id: request.id, isNew: true }]);
    // The Account Access Notice is the applicant's alone.
    expect(view.notices.map((n) => n.kind)).toEqual(["REQUEST_FOR_EVIDENCE", "RECEIPT"]);
    expect(view.hasNew).toBe(true);
    await markRepresentedCaseViewed(rep.actor, representation.id, view.readAt);

    // The representative answers: their own response is not new to them, but is to the client.
    await db().case.update({ where: { id: client.caseId }, data: { ownerViewedAt: new Date() } });
    const ref = { receiptNumber: client.receiptNumber, requestId: request.id };
    const uploaded = await submit(zUploadEvidence, form({ ...ref, file: file(PDF, "birth.pdf") }), (input) =>
      uploadEvidence(rep.actor, input),
    );
    expect(uploaded).toMatchObject({ ok: true });
    expect(
      await submit(zSubmitEvidenceResponse, form({ ...ref, confirm: "yes" }), (input) => submitEvidenceResponse(rep.actor, input)),
    ).toMatchObject({ ok: true });

    view = (await representedCase(rep.actor, client.receiptNumber))!;
    expect(view.history[0]).toMatchObject({ status: RESPONSE_RECEIVED, isNew: false });
    expect(view.hasNew).toBe(false);
    expect(view.answeredEvidenceRequests).toMatchObject([{ id: request.id, byYou: true, documents: ["birth.pdf"] }]);
    expect(view.documents.map((d) => d.name)).toEqual(["birth.pdf"]);
    expect((await clientCases(rep.actor)).cases[0].isNew).toBe(false);
    expect(await db().evidenceRequest.findUnique({ where: { id: request.id }, select: { respondedById: true } })).toEqual({
      respondedById: rep.user.id,
    });

    const ownerView = (await caseForOwner(client.user, client.receiptNumber))!;
    expect(ownerView.answeredEvidenceRequests).toMatchObject([{ id: request.id, byRepresentative: true }]);
    expect(ownerView.history[0]).toMatchObject({ status: RESPONSE_RECEIVED, isNew: true });
    expect((await dashboardCases(client.user, 1)).cases[0].isNew).toBe(true);

    // The documents and notices download for the representative.
    const doc = await documentForOwner(rep.actor, { receiptNumber: client.receiptNumber, documentId: view.documents[0].id });
    expect(await text(doc!.body)).toBe(PDF.toString());
    const pdf = await noticeForRepresentative(rep.actor, client.receiptNumber, view.notices[0].id);
    expect(pdf?.bytes.length).toBeGreaterThan(0);
  });

  it("gives a notice in the representative's language and time zone", async () => {
    const { client, rep } = await representedWorld();
    // 03:00 UTC on January 15 is the evening of January 14 in Chicago.
    const notice = await issueNotice(client.receiptNumber, "INTERVIEW", {
      appointmentAt: new Date("2027-01-15T03:00:00Z"),
      location: "Field Office, Boston",
    });
    const pdf = await noticeForRepresentative(rep.actor, client.receiptNumber, notice.id, readerFor("es", "America/Chicago"));
    const text = await pdfText(pdf!.bytes);
    expect(text).toContain("En español: Aviso de entrevista (I-797C)");
    expect(text).toContain("Fecha y hora: 14 de enero de 2027 a las 9:00 p.m. CST");
  });

  it("refuses a case without a current G-28 alike (unknown, someone else's, ended), and writes nothing", async () => {
    const { client, rep, representation } = await representedWorld();
    const stranger = await representative("No G-28");
    const former = await representative("Former Lawyer");
    await represent(client.caseId, former.user.id, { ended: { by: "REPRESENTATIVE" } });
    const request = await openEvidenceRequest(client.receiptNumber, { instructions: "Passport", dueAt: new Date(Date.now() + 30 * DAY) });
    const notice = (await db().notice.findFirst({ where: { caseId: client.caseId, kind: "RECEIPT" } }))!;
    const access = (await db().notice.findFirst({ where: { caseId: client.caseId, kind: "ACCOUNT_ACCESS" } }))!;
    const ref = { receiptNumber: client.receiptNumber, requestId: request.id };
    const before = await everything();

    for (const outsider of [stranger, former]) {
      expect(await representedCase(outsider.actor, client.receiptNumber)).toBeNull();
      expect(await noticeForRepresentative(outsider.actor, client.receiptNumber, notice.id)).toBeNull();
      expect(await evidenceRequestForOwner(outsider.actor, ref)).toBeNull();
      expect(
        await submit(zUploadEvidence, form({ ...ref, file: file(PDF, "x.pdf") }), (input) => uploadEvidence(outsider.actor, input)),
      ).toMatchObject({ ok: false, code: "not_found" });
      expect(
        await submit(zSubmitEvidenceResponse, form({ ...ref, confirm: "yes" }), (input) => submitEvidenceResponse(outsider.actor, input)),
      ).toMatchObject({ ok: false, code: "not_found" });
      expect(
        await post.start(outsider.session, { receiptNumber: client.receiptNumber, subject: "Hello", body: "About the case" }),
      ).toMatchObject({ ok: false });
      expect(await markRepresentedCaseViewed(outsider.actor, representation.id)).toBe(false);
    }
    expect(await representedCase(rep.actor, "EAC0000000000")).toBeNull();
    expect(await representedCase(rep.actor, "not a receipt")).toBeNull();
    expect(await noticeForRepresentative(rep.actor, client.receiptNumber, access.id)).toBeNull();
    expect(await everything()).toEqual(before);

    // Once ended, the representative's own access goes too.
    await db().representation.update({ where: { id: representation.id }, data: { endedAt: new Date(), endedBy: "CLIENT" } });
    expect(await representedCase(rep.actor, client.receiptNumber)).toBeNull();
    expect(await clientCases(rep.actor)).toEqual({ cases: [], total: 0, page: 1, pageCount: 1 });
    expect(await evidenceRequestForOwner(rep.actor, ref)).toBeNull();
    expect(await markRepresentedCaseViewed(rep.actor, representation.id)).toBe(false);
  });
});

describe("secure messages on represented cases", () => {
  it("a representative starts and replies to their own thread; officers see them by name; the client's threads stay apart", async () => {
    const { client, rep } = await representedWorld();
    const { session: officerSession } = await officer();
    const clientThread = await post.start(client.session, {
      receiptNumber: client.receiptNumber,
      subject: "My own question",
      body: "Private",
    });
    if (!clientThread.ok) throw new Error("client thread");

    const started = await post.start(rep.session, {
      receiptNumber: client.receiptNumber,
      subject: "From counsel",
      body: "Please confirm receipt.",
      files: file(PDF, "letter.pdf"),
    });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const row = await db().messageThread.findUniqueOrThrow({ where: { id: started.threadId }, include: { messages: true } });
    expect(row).toMatchObject({ applicantId: rep.user.id, caseId: client.caseId });
    expect(row.messages).toMatchObject([{ authorRole: "REPRESENTATIVE", authorId: rep.user.id }]);

    const officerView = (await threadForOfficer(officerSession, started.threadId))!;
    expect(readerFor("en", "UTC").text(officerView.messages[0].author)).toBe("Representative (Rosa Lawyer)");

    // The representative never sees the client's thread, nor the client theirs.
    expect(await threadForApplicant(rep.session, clientThread.threadId)).toBeNull();
    expect(await threadForApplicant(client.session, started.threadId)).toBeNull();
    expect(await post.reply(rep.session, { threadId: clientThread.threadId, body: "Let me in" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    const attachment = officerView.messages[0].attachments[0];
    expect(await attachmentFor(client.session, { threadId: started.threadId, documentId: attachment.id })).toBeNull();
    expect(await attachmentFor(rep.session, { threadId: started.threadId, documentId: attachment.id })).not.toBeNull();
    expect((await representedCase(rep.actor, client.receiptNumber))!.threads.map((t) => t.id)).toEqual([started.threadId]);

    // The officer's reply alerts the representative (not the client) and shows as new to them.
    const clientOutbox = (await outboxFor(client.user.email)).length;
    expect(await post.officerReply(officerSession, { threadId: started.threadId, body: "Received." })).toMatchObject({ ok: true });
    expect((await outboxFor(client.user.email)).length).toBe(clientOutbox);
    const repMail = await outboxFor(rep.user.email);
    expect(repMail.map((m) => m.template)).toEqual(["representative-new-message"]);
    expect(repMail[0].body).toContain(`/representative/messages/${started.threadId}`);
    const thread = (await threadForApplicant(rep.session, started.threadId))!;
    expect(thread.messages.map((m) => readerFor("en", "UTC").text(m.author))).toEqual(["You", expect.stringContaining("officer")]);
    expect(await post.reply(rep.session, { threadId: started.threadId, body: "Thank you." })).toMatchObject({ ok: true });
    expect(
      await db().message.findFirst({ where: { threadId: started.threadId, body: "Thank you." }, select: { authorRole: true } }),
    ).toEqual({
      authorRole: "REPRESENTATIVE",
    });

    // After the G-28 ends: no reading, no replying, and an officer's reply alerts no one.
    await db().representation.updateMany({ where: { caseId: client.caseId }, data: { endedAt: new Date(), endedBy: "REPRESENTATIVE" } });
    expect(await threadForApplicant(rep.session, started.threadId)).toBeNull();
    const before = await messageCounts();
    expect(await post.reply(rep.session, { threadId: started.threadId, body: "Still here?" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await messageCounts()).toEqual(before);
    const outbox = await db().outboundMessage.count();
    await post.officerReply(officerSession, { threadId: started.threadId, body: "Closing." });
    expect(await db().outboundMessage.count()).toBe(outbox);
  });
});

describe("courtesy copies", () => {
  it("each current representative gets a courtesy copy of a case alert, in the same transaction; a former one does not", async () => {
    const { client, rep } = await representedWorld();
    const second = await representative("Second Counsel");
    await represent(client.caseId, second.user.id);
    const former = await representative("Former Counsel");
    await represent(client.caseId, former.user.id, { ended: { by: "CLIENT" } });

    await addStatusEvent(client.receiptNumber, "Case Is Being Actively Reviewed");
    await issueNotice(client.receiptNumber, "APPROVAL");
    await openEvidenceRequest(client.receiptNumber, { instructions: "More", dueAt: new Date(Date.now() + 30 * DAY) });

    expect((await outboxFor(client.user.email)).map((m) => m.template)).toEqual(["case-update", "case-update", "case-update"]);
    for (const current of [rep, second]) {
      const mail = await outboxFor(current.user.email);
      expect(mail.map((m) => m.template)).toEqual(Array(3).fill("representative-courtesy-copy"));
      expect(mail[0].body).toContain("/representative");
      expect(mail[0].body).not.toContain(client.receiptNumber);
      expect(mail[0].caseId).toBe(client.caseId);
    }
    expect(await outboxFor(former.user.email)).toEqual([]);
  });
});
