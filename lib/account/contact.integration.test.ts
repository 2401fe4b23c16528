import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { REAUTH_MESSAGE } from "@/lib/auth/reauth";
import { POLICY } from "@/lib/security-policy";
import { info, sessionFor, signedUpTo, tableCounts } from "@/tests/support/factories";
import { submit } from "@/tests/support/action-input";
import type { FormFields } from "@/lib/actions/form-input";
import { contactInformation, updateContactInformation } from "./contact";
import { zContactForm } from "./contact-schema";

/** Posts the contact form as the settings page does. */
function save(session: Parameters<typeof updateContactInformation>[0], fields: FormFields) {
  return submit(zContactForm, fields, (input) => updateContactInformation(session, input, info));
}

const GOOD = {
  fullName: "Ana Díaz",
  addressLine1: "1600 Pennsylvania Ave NW",
  addressLine2: "Suite 4",
  city: "Washington",
  state: "DC",
  postalCode: "20500-0003",
  contactPhone: "(202) 555-0143",
};

async function verifiedPerson() {
  const { user } = await signedUpTo("COMPLETE");
  const session = await sessionFor(user.id, "FULL");
  return { user, session: { ...session, secondStepAt: new Date() } };
}

async function contactRow(userId: string) {
  return db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { fullName: true, addressLine1: true, addressLine2: true, city: true, state: true, postalCode: true, contactPhone: true },
  });
}

describe("updateContactInformation", () => {
  it("saves the information, records it and emails a notice", async () => {
    const { user, session } = await verifiedPerson();
    expect(await save(session, GOOD)).toEqual({ ok: true });
    expect(await contactRow(user.id)).toEqual({ ...GOOD, contactPhone: "+12025550143" });
    expect(await contactInformation(user)).toEqual(GOOD);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "contact.updated" } })).toBe(1);
    const notice = await db().outboundMessage.findFirst({
      where: { to: user.email, template: "security-notice" },
      orderBy: { createdAt: "desc" },
    });
    expect(notice?.subject).toMatch(/^Your contact information was updated/);
  });

  it("refuses a bad ZIP code, a bad phone or a value too long, and changes nothing", async () => {
    const { user, session } = await verifiedPerson();
    const before = await tableCounts();
    for (const [field, bad] of [
      ["postalCode", "2050"],
      ["contactPhone", "555-0143"],
      ["fullName", "x".repeat(101)],
      ["addressLine2", "y".repeat(101)],
      ["state", "XX"],
    ] as const) {
      const result = await save(session, { ...GOOD, [field]: bad });
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      if (!result.ok) {
        expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
        expect(result.values?.[field]).toBe(bad);
      }
    }
    expect(await tableCounts()).toEqual(before);
    expect(await contactRow(user.id)).toMatchObject({ fullName: null, postalCode: null, contactPhone: null });
  });

  it("refuses without a second step in the last 20 minutes, keeping what was typed", async () => {
    const { user, session } = await verifiedPerson();
    const before = await tableCounts();
    for (const secondStepAt of [null, new Date(Date.now() - POLICY.session.reauthWindowMs - 1000)]) {
      const result = await save({ ...session, secondStepAt }, GOOD);
      expect(result).toMatchObject({ ok: false, code: "reauth_required", message: REAUTH_MESSAGE, values: { city: "Washington" } });
    }
    expect(await tableCounts()).toEqual(before);
    expect((await contactRow(user.id)).fullName).toBeNull();
  });
});
