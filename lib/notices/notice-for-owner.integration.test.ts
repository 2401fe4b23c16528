import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { createPaperCase, openEvidenceRequest } from "@/lib/cases/agency-operations";
import { createUser } from "@/tests/support/factories";
import { pdfText } from "@/tests/support/pdf-text";
import { intakeAccessNoticePdf } from "./notice-pdf";
import { noticeForOwner } from "./notice-for-owner";

async function ownedCase(ownerId: string) {
  const created = await createPaperCase({ formType: "I-485", applicantName: "Ana Diaz" });
  await db().case.update({ where: { id: created.id }, data: { ownerId, linkedAt: new Date() } });
  const notices = await db().notice.findMany({ where: { caseId: created.id } });
  return { ...created, notice: (kind: string) => notices.find((n) => n.kind === kind)! };
}

describe("noticeForOwner", () => {
  it("gives the owner the notice as a PDF with a file name from the receipt number, kind and date", async () => {
    process.env.AGENCY_NAME = "Example Immigration Agency";
    resetEnvCache();
    const owner = await createUser("COMPLETE");
    const created = await ownedCase(owner.id);
    const receipt = created.notice("RECEIPT");
    const pdf = await noticeForOwner(owner, created.receiptNumber.toLowerCase(), receipt.id);
    expect(pdf!.fileName).toBe(`${created.receiptNumber}-receipt-notice-${receipt.issuedAt.toISOString().slice(0, 10)}.pdf`);
    const text = await pdfText(pdf!.bytes);
    expect(text).toContain("Example Immigration Agency");
    expect(text).toContain("Receipt notice (I-797C)");
    expect(text).toContain(`Receipt number: ${created.receiptNumber}`);
  });

  it("answers null alike for another person's case, a wrong receipt number, an unknown or malformed id", async () => {
    const owner = await createUser("COMPLETE");
    const other = await createUser("COMPLETE");
    const created = await ownedCase(owner.id);
    const mine = await ownedCase(other.id);
    const notice = created.notice("RECEIPT");
    expect(await noticeForOwner(other, created.receiptNumber, notice.id)).toBeNull();
    expect(await noticeForOwner(owner, mine.receiptNumber, notice.id)).toBeNull();
    expect(await noticeForOwner(owner, created.receiptNumber, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await noticeForOwner(owner, created.receiptNumber, "not-a-uuid")).toBeNull();
    expect(await noticeForOwner(owner, "EAC26", notice.id)).toBeNull();
    const unlinked = await createPaperCase({ formType: "I-130", applicantName: "Sam Roe" });
    const unlinkedNotice = await db().notice.findFirstOrThrow({ where: { caseId: unlinked.id } });
    expect(await noticeForOwner(owner, unlinked.receiptNumber, unlinkedNotice.id)).toBeNull();
  });

  it("the Account Access Notice carries the code at intake and never on a later download", async () => {
    const owner = await createUser("COMPLETE");
    const created = await ownedCase(owner.id);
    const intake = await intakeAccessNoticePdf(created.id, { code: created.accessCode, expiresAt: created.accessCodeExpiresAt });
    expect(await pdfText(intake.bytes)).toContain(`Online Access Code: ${created.accessCode}`);
    const later = await noticeForOwner(owner, created.receiptNumber, created.notice("ACCOUNT_ACCESS").id);
    const text = await pdfText(later!.bytes);
    expect(text).toContain("Account Access Notice");
    expect(text).not.toContain(created.accessCode);
    expect(text).toContain("not shown on this copy");
  });

  it("a request-for-evidence notice shows that request's instructions and due date", async () => {
    const owner = await createUser("COMPLETE");
    const created = await ownedCase(owner.id);
    await openEvidenceRequest(created.receiptNumber, {
      instructions: "A certified copy of your birth certificate.",
      dueAt: new Date("2099-12-31T23:59:59Z"),
    });
    const notice = await db().notice.findFirstOrThrow({ where: { caseId: created.id, kind: "REQUEST_FOR_EVIDENCE" } });
    const text = await pdfText((await noticeForOwner(owner, created.receiptNumber, notice.id))!.bytes);
    expect(text).toContain("A certified copy of your birth certificate.");
    expect(text).toContain("Respond by: December 31, 2099");
  });
});
