import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, info } from "@/tests/support/factories";
import { createPaperCase, issueNotice, openEvidenceRequest } from "./agency-operations";
import { caseForOwner, markCaseViewed } from "./case-for-owner";
import { dashboardCases } from "./dashboard";
import { LINK_FAILED, linkPaperCase } from "./link-paper-case";

// People copy receipt numbers with dashes and spaces from old letters: EAC-26-123-45678.
const dashed = (receipt: string) => `${receipt.slice(0, 3)}-${receipt.slice(3, 5)}-${receipt.slice(5, 8)}-${receipt.slice(8)}`;

// Every case function that takes a receipt number or an id answers another applicant exactly as it
// answers for a case that does not exist.

async function ownersCase() {
  const [owner, outsider] = [await createUser("COMPLETE"), await createUser("COMPLETE")];
  const paper = await createPaperCase({ formType: "I-485", applicantName: "Ana Diaz", receivedAt: new Date(Date.now() - 10 * 86_400_000) });
  expect(await linkPaperCase(owner, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode }, info)).toMatchObject({
    ok: true,
  });
  await issueNotice(paper.receiptNumber, "INTERVIEW", {
    appointmentAt: new Date(Date.now() + 14 * 86_400_000),
    location: "Field office",
    at: new Date(Date.now() - 60_000),
  });
  const request = await openEvidenceRequest(paper.receiptNumber, {
    instructions: "Marriage certificate",
    dueAt: new Date(Date.now() + 30 * 86_400_000),
  });
  await db().document.create({
    data: {
      caseId: paper.id,
      evidenceRequestId: request.id,
      uploaderId: owner.id,
      name: "marriage.pdf",
      contentType: "application/pdf",
      size: 2048,
      storageKey: `test-${paper.id}`,
      sha256: "0".repeat(64),
    },
  });
  return { owner, outsider, paper };
}

describe("who can reach a case", () => {
  it("caseForOwner: the owner gets the case; another applicant gets what an unknown receipt number gets", async () => {
    const { owner, outsider, paper } = await ownersCase();
    for (const written of [
      paper.receiptNumber,
      paper.receiptNumber.toLowerCase(),
      dashed(paper.receiptNumber),
      ` ${paper.receiptNumber.slice(0, 3)} ${paper.receiptNumber.slice(3)} `,
    ]) {
      expect(await caseForOwner(outsider, written)).toBeNull();
      expect((await caseForOwner(owner, written))?.id).toBe(paper.id);
    }
    expect(await caseForOwner(outsider, "EAC0000000000")).toBeNull();
    expect(await caseForOwner(owner, "EAC0000000000")).toBeNull();
    // A case nobody has linked yet belongs to no one.
    const unlinked = await createPaperCase({ formType: "I-90", applicantName: "Ana Diaz" });
    expect(await caseForOwner(owner, unlinked.receiptNumber)).toBeNull();
  });

  it("caseForOwner: malformed receipt numbers are not found, without a query that could fail", async () => {
    const { owner } = await ownersCase();
    for (const bad of ["", "link", "EAC26", "x".repeat(5000), "EAC2612345678'; --", undefined, ["EAC2612345678"]]) {
      expect(await caseForOwner(owner, bad)).toBeNull();
    }
  });

  it("markCaseViewed: only the owner's visit clears the new mark", async () => {
    const { owner, outsider, paper } = await ownersCase();
    expect(await markCaseViewed(outsider, paper.id)).toBe(false);
    expect((await db().case.findUniqueOrThrow({ where: { id: paper.id } })).ownerViewedAt).toBeNull();
    expect(await markCaseViewed(owner, paper.id)).toBe(true);
    expect((await db().case.findUniqueOrThrow({ where: { id: paper.id } })).ownerViewedAt).toBeInstanceOf(Date);
  });

  it("linkPaperCase: another applicant with the owner's receipt number and code gets the generic failure", async () => {
    const { owner, outsider, paper } = await ownersCase();
    const result = await linkPaperCase(outsider, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode }, info);
    expect(result).toMatchObject({ ok: false, message: LINK_FAILED });
    expect((await db().case.findUniqueOrThrow({ where: { id: paper.id } })).ownerId).toBe(owner.id);
  });

  it("dashboardCases: another applicant's dashboard does not list the case", async () => {
    const { owner, outsider, paper } = await ownersCase();
    expect((await dashboardCases(outsider, 1)).total).toBe(0);
    expect((await dashboardCases(owner, 1)).cases.map((c) => c.receiptNumber)).toEqual([paper.receiptNumber]);
  });
});

describe("the owner's case page data", () => {
  it("has the status with its explanation, the history newest first, notices, open requests and documents", async () => {
    const { owner, paper } = await ownersCase();
    const view = (await caseForOwner(owner, paper.receiptNumber))!;
    expect(view.status.title).toBe("Request for Additional Evidence Was Sent");
    expect(view.status.explanation).toBe("We need more evidence before we can decide your case.");
    expect(view.history.map((e) => e.status)).toEqual([
      "Request for Additional Evidence Was Sent",
      "Interview Was Scheduled",
      "Case Was Received",
    ]);
    expect(view.history.every((e) => !e.isNew)).toBe(true);
    expect(view.notices.map((n) => n.kind)).toEqual(["REQUEST_FOR_EVIDENCE", "INTERVIEW", expect.any(String), expect.any(String)]);
    expect(view.notices.find((n) => n.kind === "INTERVIEW")).toMatchObject({
      title: "Interview notice (I-797C)",
      location: "Field office",
    });
    expect(view.openEvidenceRequests).toEqual([expect.objectContaining({ instructions: "Marriage certificate" })]);
    expect(view.documents).toEqual([expect.objectContaining({ name: "marriage.pdf", size: 2048 })]);
    expect(view.formName).toEqual("Application to Register Permanent Residence or Adjust Status");
  });

  it("marks the events added since the previous visit; answered requests are not listed", async () => {
    const { owner, paper } = await ownersCase();
    await markCaseViewed(owner, paper.id);
    await db().evidenceRequest.updateMany({ where: { caseId: paper.id }, data: { respondedAt: new Date() } });
    await db().caseEvent.create({ data: { caseId: paper.id, status: "Case Was Approved", at: new Date(Date.now() + 1000) } });
    const view = (await caseForOwner(owner, paper.receiptNumber))!;
    expect(view.history.filter((e) => e.isNew).map((e) => e.status)).toEqual(["Case Was Approved"]);
    expect(view.openEvidenceRequests).toEqual([]);
  });

  it("a change that lands while the page is being shown stays new for the next visit", async () => {
    const { owner, paper } = await ownersCase();
    const view = (await caseForOwner(owner, paper.receiptNumber))!;
    await db().case.update({
      where: { id: paper.id },
      data: { status: "Case Was Approved", statusChangedAt: new Date(view.readAt.getTime() + 5) },
    });
    await markCaseViewed(owner, view.id, view.readAt);
    expect((await dashboardCases(owner, 1)).cases[0]).toMatchObject({ status: "Case Was Approved", isNew: true });
    await markCaseViewed(owner, view.id);
    expect((await dashboardCases(owner, 1)).cases[0].isNew).toBe(false);
  });
});
