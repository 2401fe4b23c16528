import { describe, expect, it } from "vitest";
import { appointmentTime } from "@/lib/appointments/appointment-time";
import { readerFor } from "@/lib/i18n/translator";
import { representedCase } from "@/lib/representation/represented-case";
import { applicantWithCase } from "@/tests/support/factories";
import { represent, representative } from "@/tests/support/representation-factories";
import { issueNotice } from "./agency-operations";
import { caseForOwner } from "./case-for-owner";

// The case page's status box and list of notices show an appointment as the appointments panel
// does: on the office's clock, the reader's own alongside (DESIGN.md §11).

const chicago = readerFor("en", "America/Chicago");

describe("an appointment on the case page, for the owner and their representative", () => {
  it("carries the office's time zone into the status box and the notices, so both read on the office's clock", async () => {
    const client = await applicantWithCase();
    const rep = await representative();
    await represent(client.caseId, rep.user.id);
    // December 15 next year, 14:00 UTC: 9:00 AM in Boston (EST), 8:00 AM in Chicago (CST).
    const year = new Date().getUTCFullYear() + 1;
    const at = new Date(Date.UTC(year, 11, 15, 14));
    await issueNotice(client.receiptNumber, "INTERVIEW", { appointmentAt: at, office: "BOS-FO", at: new Date(Date.now() + 1000) });
    const expected = `December 15, ${year} at 9:00 AM EST (8:00 AM CST)`;

    const owners = (await caseForOwner(client.user, client.receiptNumber))!;
    const representatives = (await representedCase(rep.actor, client.receiptNumber))!;
    for (const view of [owners, representatives]) {
      expect(view.statusDate).toMatchObject({ kind: "appointment", at, officeTimeZone: "America/New_York" });
      const statusDate = view.statusDate as { at: Date; officeTimeZone: string | null };
      expect(appointmentTime(chicago, statusDate.at, statusDate.officeTimeZone)).toBe(expected);
      const notice = view.notices.find((n) => n.kind === "INTERVIEW")!;
      expect(notice.officeTimeZone).toBe("America/New_York");
      expect(appointmentTime(chicago, notice.appointmentAt!, notice.officeTimeZone)).toBe(expected);
    }
  });

  it("a notice without an office has no office zone: its time is the reader's own", async () => {
    const client = await applicantWithCase();
    const at = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 15, 14));
    await issueNotice(client.receiptNumber, "INTERVIEW", { appointmentAt: at, location: "Room 4", at: new Date(Date.now() + 1000) });
    const view = (await caseForOwner(client.user, client.receiptNumber))!;
    expect(view.statusDate).toEqual({ kind: "appointment", at, location: "Room 4", officeTimeZone: null });
    expect(view.notices.find((n) => n.kind === "INTERVIEW")!.officeTimeZone).toBeNull();
  });
});
