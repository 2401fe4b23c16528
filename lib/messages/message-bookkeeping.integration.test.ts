import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";
import { formFields, type FormFields } from "@/lib/actions/form-input";
import type { SessionLike } from "@/lib/auth/roles";
import { submit } from "@/tests/support/action-input";
import { db } from "@/lib/db";
import { applicantWithCase, EXE, file, messageCounts, officer, PDF, PNG, useUploadDir } from "@/tests/support/factories";
import { agencyName } from "@/lib/branding";
import { caseForOwner } from "@/lib/cases/case-for-owner";
import { MAX_UPLOAD_BYTES } from "@/lib/evidence/upload-rules";
import { replyAsApplicant as replyAsApplicantNow } from "./reply-as-applicant";
import { replyAsOfficer as replyAsOfficerNow } from "./reply-as-officer";
import { zReply } from "./reply-input";
import { startThread as startThreadNow, zStartThread } from "./start-thread";
import { threadsForApplicant, unreadThreadCount } from "./thread-list";
import { threadForApplicant } from "./thread-view";

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
afterEach(() => {
  vi.useRealTimers();
  uploads.cleanup();
});

async function started(subject = "About my interview") {
  const a = await applicantWithCase();
  const result = await startThread(a.session, {
    receiptNumber: a.receiptNumber,
    subject: `  ${subject}  `,
    body: "  First line.\r\nSecond line.  ",
    files: [file(PDF, "letter.pdf"), file(PNG, "photo.png", "application/octet-stream")],
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { ...a, threadId: result.threadId };
}

const threadRow = (id: string) => db().messageThread.findUniqueOrThrow({ where: { id } });

describe("writing and answering", () => {
  it("a new thread waits for the agency, with its message and attachments on the case", async () => {
    const a = await started();
    const thread = await threadRow(a.threadId);
    expect(thread).toMatchObject({ caseId: a.caseId, applicantId: a.user.id, subject: "About my interview", unreadByApplicant: false });
    expect(thread.awaitingAgencySince!.getTime()).toBe(thread.lastMessageAt.getTime());
    const message = await db().message.findFirstOrThrow({
      where: { threadId: a.threadId },
      include: { attachments: { orderBy: { name: "asc" } } },
    });
    expect(message).toMatchObject({ authorId: a.user.id, authorRole: "APPLICANT", body: "First line.\nSecond line." });
    expect(message.attachments.map((d) => [d.name, d.contentType, d.caseId, d.uploaderId, d.evidenceRequestId])).toEqual([
      ["letter.pdf", "application/pdf", a.caseId, a.user.id, null],
      ["photo.png", "image/png", a.caseId, a.user.id, null],
    ]);
    expect(uploads.list().sort()).toEqual(message.attachments.map((d) => d.storageKey).sort());
    expect(await db().outboundMessage.count()).toBe(0);
    // They belong to the thread, not to the case's list of uploaded evidence.
    expect((await caseForOwner(a.user, a.receiptNumber))!.documents).toEqual([]);
  });

  it("a second applicant message keeps the earliest unanswered time; the officer's reply clears it, marks it unread and alerts by email", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T10:00:00Z"));
    const a = await started();
    vi.setSystemTime(new Date("2026-03-02T10:00:00Z"));
    expect(await replyAsApplicant(a.session, { threadId: a.threadId, body: "Any news?" })).toEqual({ ok: true, threadId: a.threadId });
    let thread = await threadRow(a.threadId);
    expect(thread.awaitingAgencySince).toEqual(new Date("2026-03-01T10:00:00Z"));
    expect(thread.lastMessageAt).toEqual(new Date("2026-03-02T10:00:00Z"));

    const agent = await officer();
    vi.setSystemTime(new Date("2026-03-03T10:00:00Z"));
    expect(
      await replyAsOfficer(agent.session, {
        threadId: a.threadId,
        body: "Your interview is being scheduled.",
        files: [file(PDF, "schedule.pdf")],
      }),
    ).toEqual({ ok: true, threadId: a.threadId });
    thread = await threadRow(a.threadId);
    expect(thread).toMatchObject({ awaitingAgencySince: null, unreadByApplicant: true, lastMessageAt: new Date("2026-03-03T10:00:00Z") });

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "message.replied" } });
    expect(audit).toMatchObject({ actorId: agent.user.id, caseId: a.caseId });
    expect(audit.detail).toMatchObject({ threadId: a.threadId, attachments: 1 });
    const alerts = await db().outboundMessage.findMany({ where: { template: "new-message" } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ channel: "EMAIL", to: a.user.email, caseId: a.caseId });
    // Email is not a private channel: no subject, message text or receipt number in it.
    for (const part of [alerts[0].subject, alerts[0].body, alerts[0].html]) {
      expect(part).not.toContain("interview");
      expect(part).not.toContain("scheduled");
      expect(part).not.toContain(a.receiptNumber);
      expect(part).not.toContain(a.receiptNumber.slice(3));
    }
    expect(alerts[0].body).toContain("/messages");

    // The applicant sees the count, opens the thread (officers shown as the agency), and it is read.
    expect(await unreadThreadCount(a.user)).toBe(1);
    expect((await threadsForApplicant(a.session)).threads[0]).toMatchObject({ id: a.threadId, unread: true, messageCount: 3 });
    const view = await threadForApplicant(a.session, a.threadId);
    expect(view!.wasUnread).toBe(true);
    expect(view!.messages.map((m) => [english.text(m.author), m.body, m.attachments.length])).toEqual([
      ["You", "First line.\nSecond line.", 2],
      ["You", "Any news?", 0],
      [`${agencyName()} officer`, "Your interview is being scheduled.", 1],
    ]);
    expect(english.text(view!.messages[2].author)).not.toContain(agent.user.email);
    expect(await unreadThreadCount(a.user)).toBe(0);
    expect((await threadForApplicant(a.session, a.threadId))!.wasUnread).toBe(false);

    // Writing again puts it back in the queue from that moment.
    vi.setSystemTime(new Date("2026-03-04T10:00:00Z"));
    await replyAsApplicant(a.session, { threadId: a.threadId, body: "Thank you." });
    expect((await threadRow(a.threadId)).awaitingAgencySince).toEqual(new Date("2026-03-04T10:00:00Z"));
  });

  it("sends the alert by text too when the applicant chose it, and none when they turned email off", async () => {
    const a = await started();
    await db().user.update({ where: { id: a.user.id }, data: { alertByEmail: false, alertBySms: true } });
    await db().mfaMethod.create({ data: { userId: a.user.id, kind: "SMS", phone: "+12025550143", verifiedAt: new Date() } });
    const agent = await officer();
    await replyAsOfficer(agent.session, { threadId: a.threadId, body: "Done." });
    const alerts = await db().outboundMessage.findMany({ where: { template: "new-message" } });
    expect(alerts.map((m) => [m.channel, m.to])).toEqual([["SMS", "+12025550143"]]);
    expect(alerts[0].body).not.toContain("Done.");
  });

  it("a reply that lands while the applicant's page is being read stays unread", async () => {
    const a = await started();
    const agent = await officer();
    await replyAsOfficer(agent.session, { threadId: a.threadId, body: "First answer" });
    const threads = db().messageThread;
    const original = threads.findFirst.bind(threads);
    const spy = vi.spyOn(threads, "findFirst").mockImplementationOnce((async (args: Parameters<typeof original>[0]) => {
      const row = await original(args);
      await replyAsOfficer(agent.session, { threadId: a.threadId, body: "Second answer" });
      return row;
    }) as never);
    const view = await threadForApplicant(a.session, a.threadId);
    spy.mockRestore();
    expect(view!.messages.map((m) => m.body)).not.toContain("Second answer");
    expect(await unreadThreadCount(a.user)).toBe(1);
  });

  it("lists threads newest first and counts only unread ones", async () => {
    const a = await started("Older");
    const second = await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "Newer", body: "x" });
    if (!second.ok) throw new Error("not started");
    const agent = await officer();
    await replyAsOfficer(agent.session, { threadId: a.threadId, body: "Reply to the older one" });
    expect((await threadsForApplicant(a.session)).threads.map((t) => [t.subject, t.unread])).toEqual([
      ["Older", true],
      ["Newer", false],
    ]);
    expect(await unreadThreadCount(a.user)).toBe(1);
  });

  it("lists a page at a time, counting every page, and shows the last page for a page past the end", async () => {
    const a = await started("Thread 1");
    for (const n of [2, 3, 4, 5]) {
      const result = await startThread(a.session, { receiptNumber: a.receiptNumber, subject: `Thread ${n}`, body: "x" });
      if (!result.ok) throw new Error("not started");
    }
    // Thread n was last active on March n, so the newest is Thread 5.
    for (const n of [1, 2, 3, 4, 5]) {
      await db().messageThread.updateMany({
        where: { subject: `Thread ${n}` },
        data: { lastMessageAt: new Date(`2026-03-0${n}T10:00:00Z`) },
      });
    }
    await db().messageThread.updateMany({ where: { subject: "Thread 1" }, data: { unreadByApplicant: true } });
    const listed = async (page: number) => {
      const list = await threadsForApplicant(a.session, page, 2);
      return {
        subjects: list.threads.map((t) => t.subject),
        page: list.page,
        pageCount: list.pageCount,
        total: list.total,
        unread: list.unread,
      };
    };
    expect(await listed(1)).toEqual({ subjects: ["Thread 5", "Thread 4"], page: 1, pageCount: 3, total: 5, unread: 1 });
    expect(await listed(2)).toEqual({ subjects: ["Thread 3", "Thread 2"], page: 2, pageCount: 3, total: 5, unread: 1 });
    expect(await listed(3)).toEqual({ subjects: ["Thread 1"], page: 3, pageCount: 3, total: 5, unread: 1 });
    expect(await listed(9)).toEqual(await listed(3));
    expect((await threadsForApplicant(a.session)).threads).toHaveLength(5);
  });
});

describe("bad input changes nothing", () => {
  it("refuses empty, too long and missing fields with clear messages", async () => {
    const a = await applicantWithCase();
    const before = await messageCounts();
    const empty = await startThread(a.session, { receiptNumber: "", subject: "   ", body: "\n\n " });
    expect(inEnglish(empty)).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { receiptNumber: "Choose the case your message is about.", subject: "Enter a subject.", body: "Enter your message." },
    });
    const long = await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "s".repeat(121), body: "b".repeat(5001) });
    expect(inEnglish(long)).toMatchObject({
      ok: false,
      fieldErrors: {
        subject: "The subject must be 120 characters or fewer.",
        body: "Your message must be 5,000 characters or fewer. It has 5,001.",
      },
      values: { subject: "s".repeat(121) },
    });
    // The limits themselves are fine.
    expect(
      await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "s".repeat(120), body: "b".repeat(5000) }),
    ).toMatchObject({ ok: true });
    const after = await messageCounts();
    expect([after.threads - before.threads, after.messages - before.messages]).toEqual([1, 1]);
  });

  it("refuses a renamed executable, an empty file, a file over 10 MB, too many files and too much in total, storing nothing", async () => {
    const a = await started();
    const agent = await officer();
    const before = await messageCounts();
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - PDF.length)]);
    const half = Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]);
    const cases: [(File | string)[], string][] = [
      [
        [file(PDF, "fine.pdf"), file(EXE, "report.pdf")],
        "report.pdf: The selected file must be a PDF, JPEG or PNG file. This file is not one of those, whatever its name says.",
      ],
      [[file(Buffer.alloc(0), "empty.pdf")], "empty.pdf: The selected file is empty. Choose a file that has your document in it."],
      [[file(big, "big.pdf")], "big.pdf: The selected file must be 10 MB or smaller. This file is 10.1 MB."],
      [Array.from({ length: 6 }, (_, i) => file(PDF, `${i}.pdf`)), "You can attach up to 5 files to one message. Choose fewer files."],
      [
        [file(half, "one.pdf"), file(half, "two.pdf")],
        "The files you attach to one message must be 10 MB or smaller in total. These are 12.1 MB.",
      ],
      [["%PDF- sent as text"], "Choose a file."],
    ];
    for (const [files, message] of cases) {
      expect(inEnglish(await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "s", body: "b", files }))).toMatchObject({
        ok: false,
        fieldErrors: { files: message },
      });
      expect(inEnglish(await replyAsApplicant(a.session, { threadId: a.threadId, body: "b", files }))).toMatchObject({
        ok: false,
        fieldErrors: { files: message },
      });
      expect(inEnglish(await replyAsOfficer(agent.session, { threadId: a.threadId, body: "b", files }))).toMatchObject({
        ok: false,
        fieldErrors: { files: message },
      });
    }
    expect(inEnglish(await replyAsOfficer(agent.session, { threadId: a.threadId, body: " " }))).toMatchObject({
      ok: false,
      fieldErrors: { body: "Enter your message." },
    });
    expect(await messageCounts()).toEqual(before);
    expect(uploads.list()).toHaveLength(2);
  });

  it("an empty file part from a form with no file chosen is no attachment", async () => {
    const a = await started();
    const form = new FormData();
    form.set("threadId", a.threadId);
    form.set("body", "No files");
    form.append("files", new File([], "", { type: "application/octet-stream" }));
    expect(await replyAsApplicant(a.session, formFields(form))).toMatchObject({ ok: true });
    expect(await db().document.count()).toBe(2);
  });

  it("removes the stored files when the database refuses the message", async () => {
    const a = await started();
    const before = uploads.list().length;
    // A thread deleted between the check and the write: the transaction finds nothing.
    const original = db().$transaction.bind(db());
    const spy = vi.spyOn(db(), "$transaction").mockImplementationOnce(async (...args: unknown[]) => {
      await db().messageThread.delete({ where: { id: a.threadId } });
      return (original as (...a: unknown[]) => unknown)(...args);
    });
    expect(await replyAsApplicant(a.session, { threadId: a.threadId, body: "late", files: [file(PDF, "late.pdf")] })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    spy.mockRestore();
    expect(uploads.list()).toHaveLength(before);
  });

  it("removes the stored files when the transaction fails outright", async () => {
    const a = await applicantWithCase();
    const spy = vi.spyOn(db(), "$transaction").mockRejectedValueOnce(new Error("connection lost"));
    await expect(
      startThread(a.session, { receiptNumber: a.receiptNumber, subject: "s", body: "b", files: [file(PDF, "a.pdf"), file(PNG, "b.png")] }),
    ).rejects.toThrow("connection lost");
    spy.mockRestore();
    expect(uploads.list()).toEqual([]);
    expect(await db().messageThread.count()).toBe(0);
  });
});
