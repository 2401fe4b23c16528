import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { msg } from "@/lib/i18n/message-ref";
import { resetFileStorage } from "@/lib/storage/storage";
import { formFields, type FormFields } from "@/lib/actions/form-input";
import type { Actor } from "@/lib/auth/roles";
import { submit } from "@/tests/support/action-input";
import { createUser, info, PDF } from "@/tests/support/factories";
import { submittedFilingFor } from "./submitted-filings";
import { removeDraftDocument, uploadDraftDocument, zRemoveDraftDocument, zUploadDraftDocument } from "./draft-documents";
import {
  deleteDraft,
  draftForOwner,
  draftVersion,
  listDrafts,
  saveDraftPage,
  signDraft,
  startDraft,
  zDraftRef,
  zSignDraft,
  zStartDraft,
} from "./drafts";

const NOW = new Date("2026-12-01T12:00:00Z");

const actorFor = (user: { id: string; email: string }): Actor => ({ id: user.id, email: user.email, role: "APPLICANT" });

async function person(): Promise<Actor> {
  return actorFor(await createUser("COMPLETE"));
}

async function started(actor: Actor, formType = "AR-11"): Promise<string> {
  const result = await submit(zStartDraft, { formType }, (input) => startDraft(actor, input, NOW));
  if (!result.ok) throw new Error(`startDraft failed: ${JSON.stringify(result)}`);
  return result.filingId;
}

const AR11_PAGES: Record<string, FormFields> = {
  name: { familyName: "Diaz", givenName: "Ana", middleName: "" },
  details: { "dateOfBirth-day": "4", "dateOfBirth-month": "3", "dateOfBirth-year": "1990", aNumber: "A12345678" },
  "new-address": { newStreet: "1 Main St", newUnit: "", newCity: "Springfield", newState: "IL", newZip: "62701", newIsMailing: "yes" },
  "date-moved": { "dateMoved-day": "1", "dateMoved-month": "11", "dateMoved-year": "2026" },
};

async function filled(actor: Actor): Promise<string> {
  const id = await started(actor);
  for (const [pageId, fields] of Object.entries(AR11_PAGES)) {
    const saved = await saveDraftPage(actor, id, pageId, fields, NOW);
    if (!saved.ok) throw new Error(`saving ${pageId} failed: ${JSON.stringify(saved)}`);
  }
  return id;
}

const row = (id: string) => db().filing.findUniqueOrThrow({ where: { id } });

/** What the sign page carries: the version of the draft it showed (the one saved now, unless given). */
async function openedVersion(actor: Actor, id: string): Promise<string> {
  const draft = await draftForOwner(actor, id);
  return draft ? draftVersion(draft.lastSavedAt) : "";
}

async function sign(actor: Actor, fields: FormFields) {
  const id = typeof fields.filingId === "string" ? fields.filingId : "";
  const opened = "version" in fields ? fields : { ...fields, version: await openedVersion(actor, id) };
  return submit(zSignDraft, opened, (input) => signDraft(actor, input, { ...info, userAgent: "Test browser/1.0" }, NOW));
}

let uploadDir: string;
beforeEach(() => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "drafts-"));
  process.env.UPLOAD_DIR = uploadDir;
  resetEnvCache();
  resetFileStorage();
});
afterEach(() => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
  resetFileStorage();
});

describe("starting and finding drafts", () => {
  it("starts a draft of a form in the catalogue and refuses any other", async () => {
    const actor = await person();
    const id = await started(actor, "ar-11");
    expect(await draftForOwner(actor, id)).toMatchObject({ id, formType: "AR-11", status: "DRAFT", answers: {}, savedPages: [] });
    for (const formType of ["I-999", "__proto__", "constructor", ""]) {
      expect(await submit(zStartDraft, { formType }, (input) => startDraft(actor, input, NOW))).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }
    expect(await db().filing.count({ where: { ownerId: actor.id } })).toBe(1);
  });

  it("finds nothing for another person's filing, a malformed id or an unknown one", async () => {
    const owner = await person();
    const other = await person();
    const id = await started(owner);
    expect(await draftForOwner(other, id)).toBeNull();
    expect(await draftForOwner(owner, "not-a-uuid")).toBeNull();
    expect(await draftForOwner(owner, "' OR 1=1 --")).toBeNull();
    expect(await draftForOwner(owner, "00000000-0000-0000-0000-000000000000")).toBeNull();
    expect(await draftForOwner(owner, id.toUpperCase())).toMatchObject({ id });
  });

  it("lists only the person's unfinished drafts, most recently saved first", async () => {
    const actor = await person();
    const other = await person();
    const first = await started(actor);
    const second = await started(actor, "I-765");
    await started(other);
    await saveDraftPage(actor, first, "name", AR11_PAGES.name, new Date(NOW.getTime() + 60_000));
    const list = await listDrafts(actor);
    expect(list.map((d) => d.id)).toEqual([first, second]);
    expect(list[0]).toMatchObject({ formType: "AR-11", title: "Change of address" });
  });
});

describe("saving a page", () => {
  it("saves the page's answers, marks it saved and says which page is next", async () => {
    const actor = await person();
    const id = await started(actor);
    const result = await saveDraftPage(actor, id, "name", { ...AR11_PAGES.name, familyName: "  Diaz  " }, NOW);
    expect(result).toEqual({ ok: true, nextPageId: "details", nextPageSaved: false });
    const saved = await row(id);
    expect(saved.answers).toEqual({ familyName: "Diaz", givenName: "Ana" });
    expect(saved.savedPages).toEqual(["name"]);
    expect(saved.lastSavedAt).toEqual(NOW);
  });

  it("a wrong answer saves nothing and gives back every field as typed", async () => {
    const actor = await person();
    const id = await started(actor);
    await saveDraftPage(actor, id, "name", AR11_PAGES.name, NOW);
    const before = await row(id);
    const result = await saveDraftPage(
      actor,
      id,
      "details",
      { "dateOfBirth-day": "31", "dateOfBirth-month": "2", "dateOfBirth-year": "1990", aNumber: "A12345678" },
      NOW,
    );
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { dateOfBirth: expect.any(String) } });
    if (result.ok) throw new Error("unreachable");
    expect(result.values).toMatchObject({
      "dateOfBirth-day": "31",
      "dateOfBirth-month": "2",
      "dateOfBirth-year": "1990",
      aNumber: "A12345678",
    });
    expect(await row(id)).toEqual(before);
  });

  it("ignores field names that are not questions of the page (tampered question ids)", async () => {
    const actor = await person();
    const id = await started(actor);
    const result = await saveDraftPage(
      actor,
      id,
      "name",
      { ...AR11_PAGES.name, dateMoved: "2020-01-01", ownerId: "someone", status: "SUBMITTED", "dateOfBirth-day": "1" },
      NOW,
    );
    expect(result.ok).toBe(true);
    const saved = await row(id);
    expect(saved.answers).toEqual({ familyName: "Diaz", givenName: "Ana" });
    expect(saved.status).toBe("DRAFT");
    expect(saved.ownerId).toBe(actor.id);
  });

  it("refuses a page that is not in the form or not shown for the answers (tampered page ids), changing nothing", async () => {
    const actor = await person();
    const id = await started(actor);
    await saveDraftPage(actor, id, "name", AR11_PAGES.name, NOW);
    const before = await row(id);
    for (const pageId of ["nope", "__proto__", "toString", "", "mailing-address", "reason"]) {
      expect(await saveDraftPage(actor, id, pageId, { familyName: "X" }, NOW)).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await saveDraftPage(actor, id, 42, {}, NOW)).toMatchObject({ ok: false, code: "not_found" });
    expect(await row(id)).toEqual(before);
  });

  it("another person's filing, or an id that is not one, is not found and nothing changes", async () => {
    const owner = await person();
    const other = await person();
    const id = await started(owner);
    await saveDraftPage(owner, id, "name", AR11_PAGES.name, NOW);
    const before = await row(id);
    expect(await saveDraftPage(other, id, "name", { familyName: "Mallory", givenName: "Eve" }, NOW)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await saveDraftPage(owner, "../etc", "name", AR11_PAGES.name, NOW)).toMatchObject({ ok: false, code: "not_found" });
    expect(await row(id)).toEqual(before);
  });

  it("a submitted filing is never changed", async () => {
    const actor = await person();
    const id = await filled(actor);
    await db().filing.update({ where: { id }, data: { status: "SUBMITTED", submittedAt: NOW, confirmationNumber: "AR11-TEST-0001" } });
    const before = await row(id);
    expect(await saveDraftPage(actor, id, "name", { familyName: "Changed", givenName: "Ana" }, NOW)).toMatchObject({
      ok: false,
      code: "already_submitted",
    });
    expect(await submit(zDraftRef, { filingId: id }, (input) => deleteDraft(actor, input))).toMatchObject({
      ok: false,
      code: "already_submitted",
    });
    expect(await sign(actor, { filingId: id, fullName: "Ana Diaz", certify: "yes" })).toMatchObject({
      ok: false,
      code: "already_submitted",
    });
    expect(await row(id)).toEqual(before);
    expect(await submittedFilingFor(actor, id)).toMatchObject({ confirmationNumber: "AR11-TEST-0001", case: null });
  });

  it("drops answers to pages no longer shown, and an answer that opens a page leads to it", async () => {
    const actor = await person();
    const id = await filled(actor);
    const toMailing = await saveDraftPage(actor, id, "new-address", { ...AR11_PAGES["new-address"], newIsMailing: "no" }, NOW);
    expect(toMailing).toEqual({ ok: true, nextPageId: "mailing-address", nextPageSaved: false });
    await saveDraftPage(
      actor,
      id,
      "mailing-address",
      { mailingStreet: "PO Box 1", mailingCity: "Chicago", mailingState: "IL", mailingZip: "60601" },
      NOW,
    );
    expect((await row(id)).answers).toMatchObject({ mailingStreet: "PO Box 1" });
    await saveDraftPage(actor, id, "new-address", AR11_PAGES["new-address"], NOW);
    const after = await row(id);
    expect(after.answers).not.toHaveProperty("mailingStreet");
    expect(after.savedPages).not.toContain("mailing-address");
  });

  it("two saves at once (two tabs) both keep their answers: each save is one transaction on the locked draft", async () => {
    const actor = await person();
    const id = await started(actor);
    const results = await Promise.all([
      saveDraftPage(actor, id, "name", AR11_PAGES.name, NOW),
      saveDraftPage(actor, id, "details", AR11_PAGES.details, NOW),
      saveDraftPage(actor, id, "new-address", AR11_PAGES["new-address"], NOW),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const saved = await row(id);
    expect(saved.answers).toMatchObject({ familyName: "Diaz", aNumber: "A012345678", newCity: "Springfield" });
    expect([...saved.savedPages].sort()).toEqual(["details", "name", "new-address"]);
  });
});

describe("signing", () => {
  it("is refused while something required is missing", async () => {
    const actor = await person();
    const id = await started(actor);
    await saveDraftPage(actor, id, "name", AR11_PAGES.name, NOW);
    expect(await sign(actor, { filingId: id, fullName: "Ana Diaz", certify: "yes" })).toMatchObject({ ok: false, code: "not_ready" });
    expect((await row(id)).signedAt).toBeNull();
  });

  it("needs the full name as given in the form and the certification", async () => {
    const actor = await person();
    const id = await filled(actor);
    expect(await sign(actor, { filingId: id, fullName: "Ana Díaz-Smith", certify: "yes" })).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { fullName: expect.stringContaining("Ana Diaz") },
    });
    expect(await sign(actor, { filingId: id, fullName: "Ana Diaz" })).toMatchObject({
      ok: false,
      fieldErrors: { certify: expect.any(String) },
    });
    expect((await row(id)).signedAt).toBeNull();
  });

  it("records the name, time, address and browser; the fee comes from the server; a later change clears it", async () => {
    const actor = await person();
    const id = await filled(actor);
    const other = await person();
    expect(await sign(other, { filingId: id, fullName: "Ana Diaz", certify: "yes" })).toMatchObject({ ok: false, code: "not_found" });
    const result = await sign(actor, { filingId: id, fullName: "  ana   DIAZ ", certify: "yes", feeCents: "1" });
    expect(result).toEqual({ ok: true, filingId: id, feeCents: 0 });
    const signed = await row(id);
    expect(signed).toMatchObject({
      signatureName: "ana DIAZ",
      signedAt: NOW,
      signatureAddress: info.ip,
      signatureUserAgent: "Test browser/1.0",
      feeCents: 0,
    });
    await saveDraftPage(actor, id, "date-moved", AR11_PAGES["date-moved"], NOW);
    expect(await row(id)).toMatchObject({ signatureName: null, signedAt: null, signatureAddress: null, signatureUserAgent: null });
  });

  it("refuses answers the sign page did not show, changing nothing; signed from the page as it is now, it goes through", async () => {
    const actor = await person();
    const id = await filled(actor);
    // Tab A opens the sign page; tab B then changes the new address.
    const opened = await openedVersion(actor, id);
    const moved = { ...AR11_PAGES["new-address"], newStreet: "22 Oak Ave" };
    expect(await saveDraftPage(actor, id, "new-address", moved, new Date(NOW.getTime() + 60_000))).toMatchObject({ ok: true });
    const before = await row(id);

    const stale = await sign(actor, { filingId: id, fullName: "Ana Diaz", certify: "yes", version: opened });
    expect(stale).toEqual({
      ok: false,
      code: "not_allowed",
      message: msg("filing.errors.changedSinceOpened"),
      values: { fullName: "Ana Diaz" },
    });
    // A page without the version (opened before it was carried) is refused the same way.
    expect(await sign(actor, { filingId: id, fullName: "Ana Diaz", certify: "yes", version: "" })).toMatchObject({
      ok: false,
      code: "not_allowed",
    });
    expect(await row(id)).toEqual(before);
    expect(before).toMatchObject({ status: "DRAFT", signedAt: null, feeCents: null, caseId: null });

    const current = await openedVersion(actor, id);
    expect(current).not.toBe(opened);
    expect(await sign(actor, { filingId: id, fullName: "Ana Diaz", certify: "yes", version: current })).toEqual({
      ok: true,
      filingId: id,
      feeCents: 0,
    });
    expect(await row(id)).toMatchObject({
      signatureName: "Ana Diaz",
      signedAt: NOW,
      answers: expect.objectContaining({ newStreet: "22 Oak Ave" }),
    });
  });
});

describe("deleting a draft", () => {
  it("deletes the person's own draft with its documents; another person's is not found", async () => {
    const owner = await person();
    const other = await person();
    const id = await started(owner, "I-765");
    const upload = await submit(zUploadDraftDocument, uploadFields(id, "photo", new File([new Uint8Array(PDF)], "photo.pdf")), (input) =>
      uploadDraftDocument(owner, input, NOW),
    );
    expect(upload).toMatchObject({ ok: true, name: "photo.pdf" });
    expect(fs.readdirSync(uploadDir).length).toBe(1);
    expect(await submit(zDraftRef, { filingId: id }, (input) => deleteDraft(other, input))).toMatchObject({ ok: false, code: "not_found" });
    expect(await submit(zDraftRef, { filingId: "x" }, (input) => deleteDraft(owner, input))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db().filing.count({ where: { id } })).toBe(1);
    expect(await submit(zDraftRef, { filingId: id }, (input) => deleteDraft(owner, input))).toMatchObject({ ok: true });
    expect(await db().filing.count({ where: { id } })).toBe(0);
    expect(await db().filingDocument.count({ where: { filingId: id } })).toBe(0);
    expect(fs.readdirSync(uploadDir)).toEqual([]);
  });
});

function uploadFields(filingId: string, kind: string, file: File | null): FormFields {
  const form = new FormData();
  form.set("filingId", filingId);
  form.set("kind", kind);
  if (file) form.set("file", file);
  return formFields(form);
}

describe("documents of a draft", () => {
  it("takes only documents the form asks for, checks the bytes, and only for the owner", async () => {
    const owner = await person();
    const other = await person();
    const i765 = await started(owner, "I-765");
    const ar11 = await started(owner, "AR-11");
    const pdf = () => new File([new Uint8Array(PDF)], "photo.pdf", { type: "application/pdf" });
    const up = (actor: Actor, fields: FormFields) =>
      submit(zUploadDraftDocument, fields, (input) => uploadDraftDocument(actor, input, NOW));

    expect(await up(owner, uploadFields(ar11, "photo", pdf()))).toMatchObject({ ok: false, code: "not_found" });
    expect(await up(owner, uploadFields(i765, "passport-of-someone-else", pdf()))).toMatchObject({ ok: false, code: "not_found" });
    expect(await up(other, uploadFields(i765, "photo", pdf()))).toMatchObject({ ok: false, code: "not_found" });
    expect(await up(owner, uploadFields(i765, "photo", new File(["MZ not a pdf"], "photo.pdf")))).toMatchObject({
      ok: false,
      fieldErrors: { file: expect.stringContaining("PDF, JPEG or PNG") },
    });
    expect(await up(owner, uploadFields(i765, "photo", null))).toMatchObject({
      ok: false,
      fieldErrors: { file: "Choose a file to upload." },
    });
    expect(await db().filingDocument.count()).toBe(0);
    expect(fs.readdirSync(uploadDir)).toEqual([]);

    const ok = await up(owner, uploadFields(i765, "photo", pdf()));
    expect(ok).toMatchObject({ ok: true });
    if (!ok.ok) throw new Error("unreachable");
    const remove = (actor: Actor, documentId: string) =>
      submit(zRemoveDraftDocument, { filingId: i765, documentId }, (input) => removeDraftDocument(actor, input, NOW));
    expect(await remove(other, ok.documentId)).toMatchObject({ ok: false, code: "not_found" });
    expect(await remove(owner, "nope")).toMatchObject({ ok: false, code: "not_found" });
    expect(await db().filingDocument.count()).toBe(1);
    expect(await remove(owner, ok.documentId)).toMatchObject({ ok: true, name: "photo.pdf" });
    expect(await db().filingDocument.count()).toBe(0);
    expect(fs.readdirSync(uploadDir)).toEqual([]);
  });
});
