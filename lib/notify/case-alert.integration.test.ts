import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { addStatusEvent, createPaperCase, issueNotice, openEvidenceRequest } from "@/lib/cases/agency-operations";
import { signedUpTo } from "@/tests/support/factories";
import { alertCaseOwner, alertPhoneOf } from "./case-alert";

const DAY = 86_400_000;
const PHONE = "+12025550143";

async function linkedCase(ownerId: string, applicantName = "Ana Diaz") {
  const paper = await createPaperCase({ formType: "I-130", applicantName });
  await db().case.update({ where: { id: paper.id }, data: { ownerId, linkedAt: new Date(), accessCodeUsedAt: new Date() } });
  return paper;
}

function alertsFor(caseId: string) {
  return db().outboundMessage.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } });
}

describe("case alerts through the agency's operations", () => {
  it("each status, notice and evidence request on a linked case queues exactly one email alert by default", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const paper = await linkedCase(user.id);

    await addStatusEvent(paper.receiptNumber, "Case Is Being Actively Reviewed");
    expect(await alertsFor(paper.id)).toMatchObject([
      { channel: "EMAIL", to: user.email, template: "case-update", caseId: paper.id, status: "PENDING" },
    ]);

    await issueNotice(paper.receiptNumber, "INTERVIEW", { appointmentAt: new Date(Date.now() + 14 * DAY), location: "Field Office" });
    await openEvidenceRequest(paper.receiptNumber, {
      instructions: "A copy of your marriage certificate.",
      dueAt: new Date(Date.now() + 30 * DAY),
    });
    const rows = await alertsFor(paper.id);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.channel === "EMAIL" && row.template === "case-update" && row.to === user.email)).toBe(true);
    // Nothing else went to the person for these changes.
    expect(await db().outboundMessage.count({ where: { to: user.email, template: "case-update" } })).toBe(3);
  });

  it("a change that fails queues nothing", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const paper = await linkedCase(user.id);
    await expect(addStatusEvent(paper.receiptNumber, "Case Was Sort Of Approved")).rejects.toThrow(/not one of the status titles/);
    await expect(openEvidenceRequest(paper.receiptNumber, { instructions: "Photos.", dueAt: new Date(Date.now() - DAY) })).rejects.toThrow(
      /due date/,
    );
    await expect(issueNotice(paper.receiptNumber, "INTERVIEW", {})).rejects.toThrow(/appointment/);
    expect(await alertsFor(paper.id)).toHaveLength(0);
  });

  it("the alert is written in the change's transaction: rolled back with it", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const paper = await linkedCase(user.id);
    await expect(
      db().$transaction(async (tx) => {
        expect(await alertCaseOwner(tx, paper.id, "case-update")).toBe(1);
        throw new Error("the change failed after the alert was queued");
      }),
    ).rejects.toThrow(/change failed/);
    expect(await alertsFor(paper.id)).toHaveLength(0);
  });

  it("with email alerts off, a change queues no email", async () => {
    const { user } = await signedUpTo("COMPLETE");
    await db().user.update({ where: { id: user.id }, data: { alertByEmail: false } });
    const paper = await linkedCase(user.id);
    await addStatusEvent(paper.receiptNumber, "Case Was Approved");
    expect(await alertsFor(paper.id)).toHaveLength(0);
  });

  it("with text alerts on and a verified mobile number, a change also queues a text to that number", async () => {
    const { user } = await signedUpTo("COMPLETE", { method: "SMS", phone: "(202) 555-0143" });
    await db().user.update({ where: { id: user.id }, data: { alertBySms: true } });
    const paper = await linkedCase(user.id);
    await addStatusEvent(paper.receiptNumber, "Case Was Approved");
    const rows = await alertsFor(paper.id);
    expect(rows.map((row) => [row.channel, row.to, row.template]).sort()).toEqual([
      ["EMAIL", user.email, "case-update"],
      ["SMS", PHONE, "case-update"],
    ]);
  });

  it("the text and the email are written in the person's language, whoever made the change", async () => {
    const { user } = await signedUpTo("COMPLETE", { method: "SMS", phone: "(202) 555-0143" });
    await db().user.update({ where: { id: user.id }, data: { alertBySms: true, locale: "es" } });
    const paper = await linkedCase(user.id);
    await addStatusEvent(paper.receiptNumber, "Case Was Approved");
    const rows = await alertsFor(paper.id);
    expect(rows.find((row) => row.channel === "SMS")?.body).toContain("uno de sus casos tiene una novedad");
    expect(rows.find((row) => row.channel === "EMAIL")?.html).toContain('<html lang="es">');
  });

  it("text alerts only: a text and no email", async () => {
    const { user } = await signedUpTo("COMPLETE", { method: "SMS" });
    await db().user.update({ where: { id: user.id }, data: { alertBySms: true, alertByEmail: false } });
    const paper = await linkedCase(user.id);
    await issueNotice(paper.receiptNumber, "APPROVAL");
    expect(await alertsFor(paper.id)).toMatchObject([{ channel: "SMS", to: PHONE, template: "case-update" }]);
  });

  it("with text alerts on but no verified mobile number, no text is queued", async () => {
    const { user } = await signedUpTo("COMPLETE", { method: "EMAIL" });
    await db().user.update({ where: { id: user.id }, data: { alertBySms: true } });
    // An unverified number (a change not yet confirmed) does not count.
    await db().mfaMethod.create({ data: { userId: user.id, kind: "SMS", phone: "+12025550199" } });
    expect(await db().$transaction((tx) => alertPhoneOf(tx, user.id))).toBeNull();
    const paper = await linkedCase(user.id);
    await addStatusEvent(paper.receiptNumber, "Case Was Approved");
    expect(await alertsFor(paper.id)).toMatchObject([{ channel: "EMAIL" }]);
  });

  it("a case not yet linked to an account alerts no one", async () => {
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    await addStatusEvent(paper.receiptNumber, "Case Was Approved");
    await openEvidenceRequest(paper.receiptNumber, { instructions: "Photos.", dueAt: new Date(Date.now() + 30 * DAY) });
    expect(await alertsFor(paper.id)).toHaveLength(0);
  });

  it("the email and the text name no receipt number, status, form or applicant, and link to the dashboard", async () => {
    const { user } = await signedUpTo("COMPLETE", { method: "SMS" });
    await db().user.update({ where: { id: user.id }, data: { alertBySms: true, fullName: "Marisol Quintero-Abara" } });
    const paper = await linkedCase(user.id, "Marisol Quintero-Abara");
    const status = "Request for Additional Evidence Was Sent";
    await openEvidenceRequest(paper.receiptNumber, {
      instructions: "A copy of your birth certificate.",
      dueAt: new Date(Date.now() + 30 * DAY),
    });
    const rows = await alertsFor(paper.id);
    expect(rows).toHaveLength(2);
    const dashboard = new URL("/dashboard", env().APP_URL).toString();
    for (const row of rows) {
      const text = [row.subject, row.body, row.html].filter(Boolean).join("\n");
      expect(text).toContain(dashboard);
      for (const detail of [paper.receiptNumber, status, "Additional Evidence", "I-130", "Marisol", "Quintero", "birth certificate"]) {
        expect(text).not.toContain(detail);
      }
    }
  });
});
