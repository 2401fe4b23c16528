import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { representationsForOwner } from "@/lib/representation/representation-views";
import { createUser, info } from "@/tests/support/factories";
import { addStatusEvent, createPaperCase, issueNotice, openEvidenceRequest } from "./agency-operations";
import { caseForOwner } from "./case-for-owner";
import { linkPaperCase } from "./link-paper-case";

// Every query is a round trip and work in Prisma's client (with Prisma 6, about half a millisecond
// of CPU each), so a page's nested reads are joined in the database (the relationJoins preview
// feature in prisma/schema.prisma) rather than read one relation at a time.

afterEach(() => vi.restoreAllMocks());

describe("the case page's reads", () => {
  it("reads a case with its history, notices, requests for evidence (with their documents), unread threads and documents in one query", async () => {
    const owner = await createUser("COMPLETE");
    const paper = await createPaperCase({
      formType: "I-485",
      applicantName: "Ana Diaz",
      receivedAt: new Date(Date.now() - 10 * 86_400_000),
    });
    expect(await linkPaperCase(owner, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode }, info)).toMatchObject({
      ok: true,
    });
    await addStatusEvent(paper.receiptNumber, "Case Is Being Actively Reviewed", { at: new Date(Date.now() - 5 * 86_400_000) });
    await issueNotice(paper.receiptNumber, "INTERVIEW", {
      appointmentAt: new Date(Date.now() + 14 * 86_400_000),
      location: "Field office",
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

    const query = vi.spyOn(pg.Client.prototype, "query");
    const view = await caseForOwner(owner, paper.receiptNumber);
    expect(query).toHaveBeenCalledTimes(1);
    expect(view).toMatchObject({ id: paper.id, receiptNumber: paper.receiptNumber });
    expect(view!.history.length).toBeGreaterThanOrEqual(2);
    expect(view!.notices.map((n) => n.kind)).toContain("INTERVIEW");
    expect(view!.openEvidenceRequests).toMatchObject([{ instructions: "Marriage certificate" }]);
    expect(view!.documents).toMatchObject([{ name: "marriage.pdf" }]);

    query.mockClear();
    expect(await representationsForOwner({ ...owner, role: "APPLICANT" }, paper.id)).toEqual([]);
    expect(query).toHaveBeenCalledTimes(1);
  });
});
