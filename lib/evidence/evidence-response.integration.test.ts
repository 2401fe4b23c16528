import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import type * as TokensModule from "@/lib/crypto/tokens";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createPaperCase, openEvidenceRequest } from "@/lib/cases/agency-operations";
import { RESPONSE_RECEIVED } from "@/lib/cases/statuses";
import { resetEnvCache } from "@/lib/env";
import { resetFileStorage } from "@/lib/storage/storage";
import { formFields, type FormFields } from "@/lib/actions/form-input";
import type { Actor } from "@/lib/auth/roles";
import { submit } from "@/tests/support/action-input";
import { createUser, PDF } from "@/tests/support/factories";
import { evidenceRequestForOwner } from "./evidence-request-view";
import { documentForOwner } from "./owned-document";
import { removeUploadedDocument } from "./remove-uploaded-document";
import { submitEvidenceResponse, zSubmitEvidenceResponse } from "./submit-evidence-response";
import { uploadEvidence, zUploadEvidence } from "./upload-evidence";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "./upload-rules";
import { inEnglish } from "@/tests/support/english";

// Lets one test force the storage key, to make the database refuse a row after the file is stored.
const forcedKey = vi.hoisted(() => ({ value: null as string | null }));
vi.mock("@/lib/crypto/tokens", async (importOriginal) => {
  const real = await importOriginal<typeof TokensModule>();
  return { ...real, randomToken: () => forcedKey.value ?? real.randomToken() };
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("rest of a png")]);
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), Buffer.from("This program cannot be run in DOS mode.")]);

let uploadDir: string;
beforeEach(() => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "evidence-"));
  process.env.UPLOAD_DIR = uploadDir;
  resetEnvCache();
  resetFileStorage();
  forcedKey.value = null;
});
afterEach(() => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
  resetFileStorage();
});

const storedFiles = () => (fs.existsSync(uploadDir) ? fs.readdirSync(uploadDir) : []);
const file = (bytes: Buffer | string, name: string, type = "application/pdf") =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
const actorFor = (user: { id: string; email: string }): Actor => ({ id: user.id, email: user.email, role: "APPLICANT" });

/** What the upload form posts, read as the action reads it (a file input with nothing chosen is left out). */
function uploadForm(ref: { receiptNumber: string; requestId: string }, file: File | string | null): FormFields {
  const form = new FormData();
  form.set("receiptNumber", ref.receiptNumber);
  form.set("requestId", ref.requestId);
  if (file !== null) form.set("file", file);
  return formFields(form);
}

async function caseWithOpenRequest() {
  const owner = await createUser("COMPLETE");
  const created = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
  await db().case.update({ where: { id: created.id }, data: { ownerId: owner.id } });
  const request = await openEvidenceRequest(created.receiptNumber, {
    instructions: "A copy of your marriage certificate.",
    dueAt: new Date(Date.now() + 30 * 86_400_000),
  });
  const ref = { receiptNumber: created.receiptNumber, requestId: request.id };
  return { owner, actor: actorFor(owner), caseId: created.id, ref };
}

describe("answering a request for evidence", () => {
  it("uploads, lists, removes and submits; the case then shows the response was received", async () => {
    const { owner, actor, caseId, ref } = await caseWithOpenRequest();
    const pdf = await uploadEvidence(actor, { ...ref, file: file(PDF, "marriage certificate.pdf") });
    expect(pdf).toMatchObject({ ok: true, name: "marriage certificate.pdf" });
    // The browser's word for the type is not what is stored: the bytes are.
    const png = await uploadEvidence(actor, { ...ref, file: file(PNG, "photo.png", "application/octet-stream") });
    const extra = await uploadEvidence(actor, { ...ref, file: file(PDF, "wrong one.pdf") });
    if (!pdf.ok || !png.ok || !extra.ok) throw new Error("uploads failed");

    const rows = await db().document.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.name, r.contentType, r.size, r.uploaderId, r.evidenceRequestId])).toEqual([
      ["marriage certificate.pdf", "application/pdf", PDF.length, owner.id, ref.requestId],
      ["photo.png", "image/png", PNG.length, owner.id, ref.requestId],
      ["wrong one.pdf", "application/pdf", PDF.length, owner.id, ref.requestId],
    ]);
    expect(rows[0].sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    // Stored under random keys, never the name.
    expect(storedFiles().sort()).toEqual(rows.map((r) => r.storageKey).sort());
    for (const key of storedFiles()) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(await removeUploadedDocument(actor, { ...ref, documentId: extra.documentId })).toEqual({ ok: true, name: "wrong one.pdf" });
    expect(storedFiles()).toHaveLength(2);
    const view = await evidenceRequestForOwner(actorFor(owner), ref);
    expect(view).toMatchObject({ instructions: "A copy of your marriage certificate.", respondedAt: null });
    expect(view!.documents.map((d) => d.name)).toEqual(["marriage certificate.pdf", "photo.png"]);

    const download = await documentForOwner(actorFor(owner), { receiptNumber: ref.receiptNumber, documentId: pdf.documentId });
    expect(download).toMatchObject({ name: "marriage certificate.pdf", contentType: "application/pdf", size: PDF.length });
    expect(await text(download!.body)).toBe(PDF.toString());

    expect(await submitEvidenceResponse(actor, { ...ref, confirm: true })).toEqual({
      ok: true,
      receiptNumber: ref.receiptNumber,
      requestId: ref.requestId,
    });
    const after = await db().case.findUniqueOrThrow({
      where: { id: caseId },
      include: { events: { orderBy: { at: "desc" } }, evidenceRequests: true },
    });
    expect(after.status).toBe(RESPONSE_RECEIVED);
    expect(after.events[0].status).toBe(RESPONSE_RECEIVED);
    expect(after.statusChangedAt.getTime()).toBe(after.events[0].at.getTime());
    expect(after.evidenceRequests[0].respondedAt).not.toBeNull();
    expect(after.actionRequired).toBe(false);
  });

  it("accepts a receipt number written with dashes and a JPEG", async () => {
    const { actor, ref } = await caseWithOpenRequest();
    const dashed = `${ref.receiptNumber.slice(0, 3)}-${ref.receiptNumber.slice(3, 5)}-${ref.receiptNumber.slice(5, 8)}-${ref.receiptNumber.slice(8)}`;
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    expect(
      await uploadEvidence(actor, {
        receiptNumber: dashed,
        requestId: ref.requestId.toUpperCase(),
        file: file(jpeg, "scan.jpeg", "image/jpeg"),
      }),
    ).toMatchObject({ ok: true });
    expect((await db().document.findFirstOrThrow()).contentType).toBe("image/jpeg");
  });

  it("refuses a renamed executable, an oversized file, an empty file and no file, storing nothing", async () => {
    const { actor, ref } = await caseWithOpenRequest();
    const cases: [File | string | null, string][] = [
      [file(EXE, "x.pdf"), UPLOAD_MESSAGES.wrongType],
      [file(Buffer.from("<html><script>alert(1)</script>"), "page.png", "image/png"), UPLOAD_MESSAGES.wrongType],
      [
        file(Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - PDF.length)]), "big.pdf"),
        "The selected file must be 10 MB or smaller. This file is 10.1 MB.",
      ],
      [file(Buffer.alloc(0), "empty.pdf"), UPLOAD_MESSAGES.empty],
      [file(Buffer.alloc(0), "", "application/octet-stream"), UPLOAD_MESSAGES.missing],
      [null, UPLOAD_MESSAGES.missing],
      ["%PDF-1.7 sent as text", "Choose a file."],
    ];
    for (const [input, message] of cases) {
      const result = await submit(zUploadEvidence, uploadForm(ref, input), (typed) => uploadEvidence(actor, typed));
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { file: message } });
    }
    expect(await db().document.count()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it("keeps up to 10 MB exactly", async () => {
    const { actor, ref } = await caseWithOpenRequest();
    const result = await uploadEvidence(actor, {
      ...ref,
      file: file(Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES - PDF.length)]), "big.pdf"),
    });
    expect(result).toMatchObject({ ok: true });
    expect((await db().document.findFirstOrThrow()).size).toBe(MAX_UPLOAD_BYTES);
  });

  it("removes the stored file when the database refuses the row", async () => {
    const { actor, ref } = await caseWithOpenRequest();
    const first = await uploadEvidence(actor, { ...ref, file: file(PDF, "a.pdf") });
    if (!first.ok) throw new Error("upload failed");
    const key = (await db().document.findFirstOrThrow()).storageKey;
    fs.rmSync(path.join(uploadDir, key));
    // The same key again: the file is written, then the unique storage key makes the insert fail.
    forcedKey.value = key;
    await expect(uploadEvidence(actor, { ...ref, file: file(PNG, "b.png") })).rejects.toThrow();
    expect(storedFiles()).toEqual([]);
    expect(await db().document.count()).toBe(1);
  });

  it("needs at least one document and the confirmation, and answers a request only once", async () => {
    const { actor, caseId, ref } = await caseWithOpenRequest();
    expect(await submitEvidenceResponse(actor, { ...ref, confirm: true })).toMatchObject({
      ok: false,
      code: "no_documents",
      message: "Upload at least one document before you submit your response.",
    });
    const uploaded = await uploadEvidence(actor, { ...ref, file: file(PDF, "a.pdf") });
    if (!uploaded.ok) throw new Error("upload failed");
    expect(await submit(zSubmitEvidenceResponse, { ...ref }, (input) => submitEvidenceResponse(actor, input))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: "Confirm that you have uploaded everything you want to send." },
    });
    expect((await db().evidenceRequest.findUniqueOrThrow({ where: { id: ref.requestId } })).respondedAt).toBeNull();

    expect(await submitEvidenceResponse(actor, { ...ref, confirm: true })).toMatchObject({ ok: true });
    const events = await db().caseEvent.count({ where: { caseId } });
    const again = await submitEvidenceResponse(actor, { ...ref, confirm: true });
    expect(again).toMatchObject({ ok: false, code: "already_answered" });
    expect(again.ok ? "" : inEnglish(again.message)).toMatch(/already answered/);
    expect(await db().caseEvent.count({ where: { caseId } })).toBe(events);

    // After the response is sent, nothing can be added or taken back.
    expect(await uploadEvidence(actor, { ...ref, file: file(PDF, "late.pdf") })).toMatchObject({ ok: false, code: "already_answered" });
    expect(await removeUploadedDocument(actor, { ...ref, documentId: uploaded.documentId })).toMatchObject({
      ok: false,
      code: "already_answered",
    });
    expect(await db().document.count()).toBe(1);
    expect(storedFiles()).toHaveLength(1);
  });

  it("answers two submissions at once only once", async () => {
    const { actor, caseId, ref } = await caseWithOpenRequest();
    await uploadEvidence(actor, { ...ref, file: file(PDF, "a.pdf") });
    const results = await Promise.all([
      submitEvidenceResponse(actor, { ...ref, confirm: true }),
      submitEvidenceResponse(actor, { ...ref, confirm: true }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().caseEvent.count({ where: { caseId, status: RESPONSE_RECEIVED } })).toBe(1);
  });
});

describe("another applicant", () => {
  it("gets not found for upload, removal, submission, the page and downloads, and changes nothing", async () => {
    const { actor, ref } = await caseWithOpenRequest();
    const uploaded = await uploadEvidence(actor, { ...ref, file: file(PDF, "mine.pdf") });
    if (!uploaded.ok) throw new Error("upload failed");
    const other = await createUser("COMPLETE");
    const intruder = actorFor(other);
    const notFound = { ok: false, code: "not_found" };

    expect(await uploadEvidence(intruder, { ...ref, file: file(PDF, "theirs.pdf") })).toMatchObject(notFound);
    expect(await removeUploadedDocument(intruder, { ...ref, documentId: uploaded.documentId })).toMatchObject(notFound);
    expect(await submitEvidenceResponse(intruder, { ...ref, confirm: true })).toMatchObject(notFound);
    expect(await evidenceRequestForOwner(intruder, ref)).toBeNull();
    expect(await documentForOwner(actorFor(other), { receiptNumber: ref.receiptNumber, documentId: uploaded.documentId })).toBeNull();

    expect(await db().document.count()).toBe(1);
    expect(storedFiles()).toHaveLength(1);
    expect((await db().evidenceRequest.findUniqueOrThrow({ where: { id: ref.requestId } })).respondedAt).toBeNull();
  });

  it("malformed and mismatched ids are not found either, never an error", async () => {
    const { owner, actor, ref } = await caseWithOpenRequest();
    const uploaded = await uploadEvidence(actor, { ...ref, file: file(PDF, "mine.pdf") });
    if (!uploaded.ok) throw new Error("upload failed");
    const otherCase = await createPaperCase({ formType: "I-765", applicantName: "Ana Diaz" });
    await db().case.update({ where: { id: otherCase.id }, data: { ownerId: owner.id } });
    for (const bad of [
      { receiptNumber: "not-a-receipt", requestId: ref.requestId },
      { receiptNumber: ref.receiptNumber, requestId: "1; DROP TABLE" },
      { receiptNumber: otherCase.receiptNumber, requestId: ref.requestId },
      { receiptNumber: ref.receiptNumber, requestId: "00000000-0000-4000-8000-000000000000" },
    ]) {
      expect(await uploadEvidence(actor, { ...bad, file: file(PDF, "x.pdf") })).toMatchObject({ code: "not_found" });
      expect(await submitEvidenceResponse(actor, { ...bad, confirm: true })).toMatchObject({ code: "not_found" });
      expect(await evidenceRequestForOwner(actorFor(owner), bad)).toBeNull();
    }
    expect(await removeUploadedDocument(actor, { ...ref, documentId: "nope" })).toMatchObject({ code: "not_found" });
    expect(await documentForOwner(actorFor(owner), { receiptNumber: otherCase.receiptNumber, documentId: uploaded.documentId })).toBeNull();
    expect(await documentForOwner(actorFor(owner), { receiptNumber: ref.receiptNumber, documentId: "../../etc/passwd" })).toBeNull();
    expect(await db().document.count()).toBe(1);
  });
});
