import { text } from "node:stream/consumers";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FormFields } from "@/lib/actions/form-input";
import type { SessionLike } from "@/lib/auth/roles";
import { submit } from "@/tests/support/action-input";
import { db } from "@/lib/db";
import { applicantWithCase, file, messageCounts, officer, PDF, useUploadDir } from "@/tests/support/factories";
import { attachmentFor } from "./attachment-for";
import { replyAsApplicant as replyAsApplicantNow } from "./reply-as-applicant";
import { replyAsOfficer as replyAsOfficerNow } from "./reply-as-officer";
import { zReply } from "./reply-input";
import { startThread as startThreadNow, zStartThread } from "./start-thread";
import { threadsForApplicant, unreadThreadCount } from "./thread-list";
import { threadForApplicant, threadForOfficer, threadSubject } from "./thread-view";

/** A lib result as an English reader sees it (lib returns msg() references). */
const inEnglish = <T extends object>(result: T): T => localizeResult(result as never, readerFor("en", "UTC")) as T;
const english = readerFor("en", "UTC");

// Each call posts a form as the action would: the declared schema parses it before the domain runs.
const startThread = (session: SessionLike, fields: FormFields) => submit(zStartThread, fields, (input) => startThreadNow(session, input));
const replyAsApplicant = (session: SessionLike, fields: FormFields) =>
  submit(zReply, fields, (input) => replyAsApplicantNow(session, input));
const replyAsOfficer = (session: SessionLike, fields: FormFields) => submit(zReply, fields, (input) => replyAsOfficerNow(session, input));

let uploads: ReturnType<typeof useUploadDir>;
beforeEach(() => {
  uploads = useUploadDir();
});
afterEach(() => uploads.cleanup());

/** Applicant A with a thread holding one attachment; applicant B with a case of their own. */
async function twoApplicants() {
  const a = await applicantWithCase();
  const b = await applicantWithCase();
  const started = await startThread(a.session, {
    receiptNumber: a.receiptNumber,
    subject: "My passport",
    body: "Private words.",
    files: [file(PDF, "passport.pdf")],
  });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const document = await db().document.findFirstOrThrow({ where: { messageId: { not: null } } });
  return { a, b, threadId: started.threadId, documentId: document.id };
}

describe("who can see and write in a thread", () => {
  it("another applicant cannot list, read, reply to or download from the thread, and nothing changes", async () => {
    const { a, b, threadId, documentId } = await twoApplicants();
    const before = await messageCounts();

    expect((await threadsForApplicant(b.session)).threads).toEqual([]);
    expect(await threadForApplicant(b.session, threadId)).toBeNull();
    expect(await attachmentFor(b.session, { threadId, documentId })).toBeNull();
    expect(await replyAsApplicant(b.session, { threadId, body: "Let me in", files: [file(PDF, "x.pdf")] })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    // A's case is not one of B's: the same answer as a case that does not exist.
    const onOthersCase = await startThread(b.session, { receiptNumber: a.receiptNumber, subject: "Hi", body: "Hello" });
    const onMissingCase = await startThread(b.session, { receiptNumber: "EAC2619912345", subject: "Hi", body: "Hello" });
    expect(inEnglish(onOthersCase)).toMatchObject({ ok: false, fieldErrors: { receiptNumber: "Choose the case your message is about." } });
    expect({ ...onMissingCase, values: undefined }).toEqual({ ...onOthersCase, values: undefined });

    expect(await messageCounts()).toEqual(before);
    expect(uploads.list()).toHaveLength(1);
    // The owner still sees all of it.
    expect((await threadsForApplicant(a.session)).threads.map((t) => t.id)).toEqual([threadId]);
    expect(await text((await attachmentFor(a.session, { threadId, documentId }))!.body)).toBe(PDF.toString());
  });

  it("a thread's subject names its page for its owner and officers only, and reading it marks or audits nothing", async () => {
    const { a, b, threadId } = await twoApplicants();
    const agent = await officer();
    expect(await threadSubject(a.session, threadId)).toBe("My passport");
    expect(await threadSubject(agent.session, threadId)).toBe("My passport");
    expect(await threadSubject(b.session, threadId)).toBeNull();
    expect(await threadSubject({ ...a.session, level: "PASSWORD_ONLY" as const }, threadId)).toBeNull();
    expect(await threadSubject(null, threadId)).toBeNull();
    expect(await threadSubject(a.session, "not-an-id")).toBeNull();
    expect(await db().auditLog.count()).toBe(0);
  });

  it("an applicant cannot use the officer's reply or view, even on their own thread; nothing is queued or audited", async () => {
    const { a, threadId } = await twoApplicants();
    const before = await messageCounts();
    expect(await replyAsOfficer(a.session, { threadId, body: "I am the agency now" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await threadForOfficer(a.session, threadId)).toBeNull();
    expect(await messageCounts()).toEqual(before);
    expect(await db().outboundMessage.count({ where: { template: "new-message" } })).toBe(0);
  });

  it("an officer cannot write or read as an applicant, and a half-signed-in session gets nothing", async () => {
    const { a, threadId, documentId } = await twoApplicants();
    const agent = await officer();
    const before = await messageCounts();
    expect(await startThread(agent.session, { receiptNumber: a.receiptNumber, subject: "x", body: "y" })).toMatchObject({
      ok: false,
      code: "not_allowed",
    });
    expect(await replyAsApplicant(agent.session, { threadId, body: "y" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await threadForApplicant(agent.session, threadId)).toBeNull();
    expect((await threadsForApplicant(agent.session)).threads).toEqual([]);

    const partial = { ...a.session, level: "PASSWORD_ONLY" as const };
    expect(await threadForApplicant(partial, threadId)).toBeNull();
    expect(await attachmentFor(partial, { threadId, documentId })).toBeNull();
    expect(await replyAsApplicant(partial, { threadId, body: "y" })).toMatchObject({ ok: false });
    const partialOfficer = { ...agent.session, level: "PASSWORD_ONLY" as const };
    expect(await threadForOfficer(partialOfficer, threadId)).toBeNull();
    expect(await replyAsOfficer(partialOfficer, { threadId, body: "y" })).toMatchObject({ ok: false });
    expect(await messageCounts()).toEqual(before);
  });

  it("an attachment is found only through its own thread, and malformed ids are simply not found", async () => {
    const { a, threadId, documentId } = await twoApplicants();
    const other = await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "Second", body: "Another." });
    if (!other.ok) throw new Error("not started");
    expect(await attachmentFor(a.session, { threadId: other.threadId, documentId })).toBeNull();
    for (const bad of ["", "../etc/passwd", "not-a-uuid", "null", "42", "0b4a1e2c-8f3d-4a5b-9c6d"]) {
      expect(await attachmentFor(a.session, { threadId: bad, documentId })).toBeNull();
      expect(await attachmentFor(a.session, { threadId, documentId: bad })).toBeNull();
      expect(await threadForApplicant(a.session, bad)).toBeNull();
      expect(await replyAsApplicant(a.session, { threadId: bad, body: "x" })).toMatchObject({ ok: false, code: "not_found" });
    }
    // Evidence documents on the same case are not message attachments.
    const evidence = await db().document.create({
      data: {
        caseId: a.caseId,
        uploaderId: a.user.id,
        name: "e.pdf",
        contentType: "application/pdf",
        size: 1,
        storageKey: "k".repeat(43),
        sha256: "0",
      },
    });
    expect(await attachmentFor(a.session, { threadId, documentId: evidence.id })).toBeNull();
  });

  it("an officer reads any thread and downloads its attachments, each audited with the case", async () => {
    const { a, threadId, documentId } = await twoApplicants();
    const agent = await officer();
    const view = await threadForOfficer(agent.session, threadId);
    expect(view).toMatchObject({ subject: "My passport", applicantEmail: a.user.email, receiptNumber: a.receiptNumber });
    expect(view!.messages.map((m) => [english.text(m.author), m.body])).toEqual([["Applicant", "Private words."]]);
    const download = await attachmentFor(agent.session, { threadId, documentId });
    expect(await text(download!.body)).toBe(PDF.toString());

    const audit = await db().auditLog.findMany({ orderBy: { at: "asc" } });
    expect(audit.map((row) => [row.actorId, row.action, row.caseId])).toEqual([
      [agent.user.id, "message.viewed", a.caseId],
      [agent.user.id, "document.downloaded", a.caseId],
    ]);
    expect(audit[1].detail).toMatchObject({ documentId, threadId });
    // A missing thread is not audited as viewed.
    expect(await threadForOfficer(agent.session, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await db().auditLog.count()).toBe(2);
    expect(await unreadThreadCount(a.user)).toBe(0);
  });
});
