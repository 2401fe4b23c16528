import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { randomToken } from "@/lib/crypto/tokens";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { fileStorage, resetFileStorage } from "@/lib/storage/storage";
import { sessionFor, signedUpTo } from "@/tests/support/factories";
import { documentForOfficer, noticeForOfficer } from "./officer-downloads";

let uploadDir: string;
beforeEach(() => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "officer-downloads-"));
  process.env.UPLOAD_DIR = uploadDir;
  resetEnvCache();
  resetFileStorage();
});
afterEach(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

async function people() {
  const { user: officer } = await signedUpTo("COMPLETE");
  await db().user.update({ where: { id: officer.id }, data: { role: "OFFICER" } });
  const { user: applicant } = await signedUpTo("COMPLETE");
  return {
    officer,
    officerSession: await sessionFor(officer.id, "FULL"),
    applicant,
    applicantSession: await sessionFor(applicant.id, "FULL"),
  };
}

async function caseWithDocument(ownerId: string) {
  const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
  await db().case.update({ where: { id: paper.id }, data: { ownerId } });
  const key = randomToken();
  await fileStorage().put(key, Buffer.from("%PDF-1.7 evidence"), "application/pdf");
  const document = await db().document.create({
    data: {
      caseId: paper.id,
      uploaderId: ownerId,
      name: "passport.pdf",
      contentType: "application/pdf",
      size: 17,
      storageKey: key,
      sha256: "0".repeat(64),
    },
  });
  const notice = await db().notice.findFirstOrThrow({ where: { caseId: paper.id, kind: "RECEIPT" } });
  return { paper, document, notice };
}

describe("officer downloads", () => {
  it("an officer gets any case's notice and document, each download audited", async () => {
    const { officer, officerSession, applicant } = await people();
    const { paper, document, notice } = await caseWithDocument(applicant.id);
    const pdf = await noticeForOfficer(officerSession, paper.receiptNumber, notice.id);
    expect(pdf!.fileName).toContain(`${paper.receiptNumber}-receipt-notice-`);
    const file = await documentForOfficer(officerSession, paper.receiptNumber, document.id);
    expect(file).toMatchObject({ name: "passport.pdf", contentType: "application/pdf", size: 17 });
    expect(await text(file!.body)).toBe("%PDF-1.7 evidence");
    const rows = await db().auditLog.findMany({
      where: { actorId: officer.id },
      orderBy: { at: "asc" },
      select: { action: true, caseId: true },
    });
    expect(rows).toEqual([
      { action: "document.downloaded", caseId: paper.id },
      { action: "document.downloaded", caseId: paper.id },
    ]);
  });

  it("the applicant (even the owner), a wrong case or a malformed id get nothing, and nothing is recorded", async () => {
    const { officer, officerSession, applicant, applicantSession } = await people();
    const { paper, document, notice } = await caseWithDocument(applicant.id);
    const other = await createPaperCase({ formType: "I-765", applicantName: "Li Wei" });
    expect(await noticeForOfficer(applicantSession, paper.receiptNumber, notice.id)).toBeNull();
    expect(await documentForOfficer(applicantSession, paper.receiptNumber, document.id)).toBeNull();
    expect(await noticeForOfficer(officerSession, other.receiptNumber, notice.id)).toBeNull();
    expect(await documentForOfficer(officerSession, other.receiptNumber, document.id)).toBeNull();
    expect(await documentForOfficer(officerSession, paper.receiptNumber, "../../etc/passwd")).toBeNull();
    expect(await noticeForOfficer(officerSession, "not-a-receipt", notice.id)).toBeNull();
    expect(await db().auditLog.count({ where: { actorId: { in: [officer.id, applicant.id] } } })).toBe(0);
  });
});
