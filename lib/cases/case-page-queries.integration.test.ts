import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { upcomingAppointments } from "@/lib/appointments/appointments";
import { createUser, info } from "@/tests/support/factories";
import { addStatusEvent, createPaperCase, issueNotice, openEvidenceRequest } from "./agency-operations";
import { caseForOwner } from "./case-for-owner";
import { linkPaperCase } from "./link-paper-case";

// Every query is a round trip and work in Prisma's client (with Prisma 6, about half a millisecond
// of CPU each), so a page's nested reads are joined in the database (the relationJoins preview
// feature in prisma/schema.prisma) rather than read one relation at a time.

afterEach(() => vi.restoreAllMocks());

describe("the case page's reads", () => {
  it("reads a case with its history, notices, appointments, requests for evidence (with their documents), unread threads, documents and G-28s in one query", async () => {
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

    const [current, former] = [await createUser("COMPLETE"), await createUser("COMPLETE")];
    await db().representation.create({
      data: {
        caseId: paper.id,
        representativeId: former.id,
        source: "PAPER",
        startedAt: new Date(Date.now() - 9 * 86_400_000),
        endedAt: new Date(Date.now() - 8 * 86_400_000),
        endedBy: "CLIENT",
      },
    });
    await db().representation.create({
      data: { caseId: paper.id, representativeId: current.id, source: "PAPER", startedAt: new Date(Date.now() - 7 * 86_400_000) },
    });

    const query = vi.spyOn(pg.Client.prototype, "query");
    const view = await caseForOwner(owner, paper.receiptNumber);
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
    // What the page showed from queries of their own before, the same.
    expect(view!.appointments).toEqual(await upcomingAppointments(owner, paper.receiptNumber));
    expect(view!.appointments).toMatchObject([{ kind: "INTERVIEW", location: "Field office" }]);
    expect(view!.representations.map((r) => [r.endedAt === null, r.endedBy, r.verified])).toEqual([
      [true, null, false],
      [false, "CLIENT", false],
    ]);
    expect(view).toMatchObject({ id: paper.id, receiptNumber: paper.receiptNumber });
    expect(view!.history.length).toBeGreaterThanOrEqual(2);
    expect(view!.notices.map((n) => n.kind)).toContain("INTERVIEW");
    expect(view!.openEvidenceRequests).toMatchObject([{ instructions: "Marriage certificate" }]);
    expect(view!.documents).toMatchObject([{ name: "marriage.pdf" }]);
  });
});
