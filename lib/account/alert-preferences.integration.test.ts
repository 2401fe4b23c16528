import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { info, signedUpTo, tableCounts } from "@/tests/support/factories";
import { submit } from "@/tests/support/action-input";
import type { FormFields } from "@/lib/actions/form-input";
import type { CurrentSession } from "@/lib/sessions/sessions";
import { alertPreferences, saveAlertPreferences, zAlertPreferences } from "./alert-preferences";

/** Posts the alerts form as the settings page does. */
function save(session: Pick<CurrentSession, "user">, fields: FormFields) {
  return submit(zAlertPreferences, fields, (input) => saveAlertPreferences(session, input, info));
}

async function saved(userId: string) {
  return db().user.findUniqueOrThrow({ where: { id: userId }, select: { alertByEmail: true, alertBySms: true } });
}

function alertEvents(userId: string) {
  return db().securityEvent.findMany({ where: { userId, kind: "alerts.changed" } });
}

describe("alert preferences", () => {
  it("email alerts are on and texts off by default; the masked verified number is shown", async () => {
    const { user } = await signedUpTo("COMPLETE", { method: "SMS", phone: "(202) 555-0143" });
    expect(await alertPreferences(user)).toEqual({ byEmail: true, bySms: false, phone: "(***) ***-0143" });
    const emailOnly = await signedUpTo("COMPLETE", { method: "EMAIL" });
    expect(await alertPreferences(emailOnly.user)).toEqual({ byEmail: true, bySms: false, phone: null });
  });

  it("turns texts on for a person with a verified mobile number and records the change", async () => {
    const { user, session } = await signedUpTo("COMPLETE", { method: "SMS" });
    expect(await save(session, { byEmail: "yes", bySms: "yes" })).toEqual({ ok: true });
    expect(await saved(user.id)).toEqual({ alertByEmail: true, alertBySms: true });
    const events = await alertEvents(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ip: info.ip, userAgent: info.userAgent, detail: { email: true, text: true } });
  });

  it("allows both off (unticked boxes send nothing)", async () => {
    const { user, session } = await signedUpTo("COMPLETE");
    expect(await save(session, {})).toEqual({ ok: true });
    expect(await saved(user.id)).toEqual({ alertByEmail: false, alertBySms: false });
    expect(await alertEvents(user.id)).toHaveLength(1);
  });

  it("saving the same choices again changes nothing and records nothing", async () => {
    const { user, session } = await signedUpTo("COMPLETE");
    const before = await tableCounts();
    expect(await save(session, { byEmail: "yes" })).toEqual({ ok: true });
    expect(await tableCounts()).toEqual(before);
    expect(await alertEvents(user.id)).toHaveLength(0);
  });

  it("refuses texts without a verified mobile number, and changes nothing", async () => {
    const { user, session } = await signedUpTo("COMPLETE", { method: "EMAIL" });
    const before = await tableCounts();
    const result = await save(session, { bySms: "yes" });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { bySms: expect.stringMatching(/add a mobile number/) },
      values: { byEmail: "", bySms: "yes" },
    });
    expect(await saved(user.id)).toEqual({ alertByEmail: true, alertBySms: false });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses forged values with a message per field, and changes nothing", async () => {
    const { user, session } = await signedUpTo("COMPLETE", { method: "SMS" });
    const before = await tableCounts();
    const forged: FormFields[] = [{ byEmail: "true" }, { byEmail: "yes", bySms: "on" }, { byEmail: ["yes"] }, { bySms: "1" }];
    for (const input of forged) {
      const result = await save(session, input);
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors).length).toBeGreaterThan(0);
    }
    expect(await save(session, { byEmail: "no" })).toMatchObject({
      fieldErrors: { byEmail: "Choose whether we email you when a case changes." },
    });
    expect(await saved(user.id)).toEqual({ alertByEmail: true, alertBySms: false });
    expect(await tableCounts()).toEqual(before);
  });

  it("the saved choice decides the next case alert", async () => {
    const { createPaperCase, addStatusEvent } = await import("@/lib/cases/agency-operations");
    const { user, session } = await signedUpTo("COMPLETE", { method: "SMS" });
    const paper = await createPaperCase({ formType: "I-765", applicantName: "Li Wei" });
    await db().case.update({ where: { id: paper.id }, data: { ownerId: user.id, linkedAt: new Date() } });
    expect(await save(session, { bySms: "yes" })).toEqual({ ok: true });
    await addStatusEvent(paper.receiptNumber, "Case Was Approved");
    expect(await db().outboundMessage.findMany({ where: { caseId: paper.id }, select: { channel: true } })).toEqual([{ channel: "SMS" }]);
  });
});
