import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POLICY } from "@/lib/security-policy";
import { createUser, info } from "@/tests/support/factories";
import { createPaperCase } from "./agency-operations";
import { submit } from "@/tests/support/action-input";
import type { FormFields } from "@/lib/actions/form-input";
import type { RequestInfo } from "@/lib/http/request-info";
import {
  ACCESS_CODE_FORMAT_MESSAGE,
  ALREADY_YOURS,
  LINK_FAILED,
  LINK_RATE_LIMITED,
  linkPaperCase,
  zLinkPaperCase,
} from "./link-paper-case";
import { RECEIPT_FORMAT_MESSAGE } from "./receipt-number";

/** Posts the "Add a paper-filed case" form as the page does. */
function link(user: { id: string }, fields: FormFields, from: Pick<RequestInfo, "ip" | "userAgent"> = info) {
  return submit(zLinkPaperCase, fields, (input) => linkPaperCase(user, input, from));
}

async function caseRow(id: string) {
  return db().case.findUniqueOrThrow({ where: { id } });
}

async function linkEvents(userId: string) {
  return db().securityEvent.count({ where: { userId, kind: "case.linked" } });
}

/** Runs an attempt that must fail and checks that neither the case nor the account history changed. */
async function expectNothingChanged(caseId: string, userId: string, attempt: () => Promise<unknown>) {
  const before = await caseRow(caseId);
  const eventsBefore = await db().securityEvent.count({ where: { userId } });
  const result = await attempt();
  expect(await caseRow(caseId)).toEqual(before);
  expect(await db().securityEvent.count({ where: { userId } })).toBe(eventsBefore);
  return result;
}

describe("linkPaperCase", () => {
  it("adds the case with the receipt number and code as people type them, uses the code up and records it", async () => {
    const user = await createUser("COMPLETE");
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    const written = `${paper.receiptNumber.slice(0, 3).toLowerCase()}-${paper.receiptNumber.slice(3, 5)}-${paper.receiptNumber.slice(5, 8)} ${paper.receiptNumber.slice(8)}`;
    const result = await link(user, { receiptNumber: written, accessCode: ` ${paper.accessCode.toLowerCase()} ` });
    expect(result).toEqual({ ok: true, receiptNumber: paper.receiptNumber });
    const row = await caseRow(paper.id);
    expect(row.ownerId).toBe(user.id);
    expect(row.linkedAt).toBeInstanceOf(Date);
    expect(row.accessCodeUsedAt).toEqual(row.linkedAt);
    expect(row.ownerViewedAt).toBeNull();
    const event = await db().securityEvent.findFirstOrThrow({ where: { userId: user.id, kind: "case.linked" } });
    expect(event.detail).toEqual({ receiptNumber: paper.receiptNumber });
    expect(event.ip).toBe(info.ip);
  });

  it("refuses every malformed receipt number with the public wording, and changes nothing", async () => {
    const user = await createUser("COMPLETE");
    const paper = await createPaperCase({ formType: "I-765", applicantName: "Li Wei" });
    const bad = {
      "too short": "EAC261234567",
      "too long": "EAC26123456789",
      "two-letter prefix": "EA12612345678",
      "digits for the prefix": "1232612345678",
      "a letter among the digits": "EAC26123456O8",
      punctuation: "EAC!612345678",
      "accented letter": "ÉAC2612345678",
      "far too long": "x".repeat(500),
    };
    for (const [what, receiptNumber] of Object.entries(bad)) {
      const result = await expectNothingChanged(paper.id, user.id, () => link(user, { receiptNumber, accessCode: paper.accessCode }));
      expect(result, what).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { receiptNumber: RECEIPT_FORMAT_MESSAGE } });
    }
    for (const receiptNumber of ["", "   ", undefined, ["EAC2612345678", "EAC2612345679"]]) {
      const result = await link(
        user,
        receiptNumber === undefined ? { accessCode: paper.accessCode } : { receiptNumber, accessCode: paper.accessCode },
      );
      expect(result).toMatchObject({ ok: false, fieldErrors: { receiptNumber: "Enter the receipt number." } });
    }
    // Format errors are not attempts: they are not counted against the limits.
    expect(await db().rateLimit.count()).toBe(0);
  });

  it("refuses malformed codes with a message about the code's form, and changes nothing", async () => {
    const user = await createUser("COMPLETE");
    const paper = await createPaperCase({ formType: "I-765", applicantName: "Li Wei" });
    for (const accessCode of ["7KQ2-M9TX-4HP", "7KQ2-M9TX-4HPB-W", "7KQ2-M9TX-4HP!", "x".repeat(300)]) {
      const result = await expectNothingChanged(paper.id, user.id, () => link(user, { receiptNumber: paper.receiptNumber, accessCode }));
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { accessCode: ACCESS_CODE_FORMAT_MESSAGE } });
    }
    const empty = await link(user, { receiptNumber: "", accessCode: "" });
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { receiptNumber: "Enter the receipt number.", accessCode: "Enter the Online Access Code." },
    });
    // The code is never sent back to the form.
    const typed = await link(user, { receiptNumber: "EAC26", accessCode: paper.accessCode });
    expect(typed).toMatchObject({ ok: false, values: { receiptNumber: "EAC26" } });
    expect(JSON.stringify(typed)).not.toContain(paper.accessCode);
  });

  it("answers an unknown receipt number, a wrong, expired or used code and another case's code with one message", async () => {
    const user = await createUser("COMPLETE");
    const other = await createUser("COMPLETE");
    const paper = await createPaperCase({ formType: "N-400", applicantName: "Sam Roe" });
    const second = await createPaperCase({ formType: "I-90", applicantName: "Sam Roe" });
    const attempt = (receiptNumber: string, accessCode: string) => link(user, { receiptNumber, accessCode });

    const unknown = await expectNothingChanged(paper.id, user.id, () => attempt("EAC0000000000", paper.accessCode));
    const wrong = await expectNothingChanged(paper.id, user.id, () => attempt(paper.receiptNumber, "0000-0000-0000"));
    const anotherCasesCode = await expectNothingChanged(paper.id, user.id, () => attempt(paper.receiptNumber, second.accessCode));

    await db().case.update({ where: { id: paper.id }, data: { accessCodeExpiresAt: new Date(Date.now() - 1000) } });
    const expired = await expectNothingChanged(paper.id, user.id, () => attempt(paper.receiptNumber, paper.accessCode));

    await db().case.update({ where: { id: second.id }, data: { accessCodeUsedAt: new Date() } });
    const used = await expectNothingChanged(second.id, user.id, () => attempt(second.receiptNumber, second.accessCode));

    const third = await createPaperCase({ formType: "I-485", applicantName: "Sam Roe" });
    expect(await link(other, { receiptNumber: third.receiptNumber, accessCode: third.accessCode })).toMatchObject({ ok: true });
    await db().case.update({ where: { id: third.id }, data: { accessCodeUsedAt: null } });
    const someoneElses = await expectNothingChanged(third.id, user.id, () => attempt(third.receiptNumber, third.accessCode));

    for (const result of [unknown, wrong, anotherCasesCode, expired, used, someoneElses]) {
      expect(result).toEqual({ ok: false, code: "link_failed", message: LINK_FAILED, values: expect.any(Object) });
    }
    expect(await linkEvents(user.id)).toBe(0);
    expect((await caseRow(third.id)).ownerId).toBe(other.id);
  });

  it("says when the case is already in this account, and uses nothing", async () => {
    const user = await createUser("COMPLETE");
    const paper = await createPaperCase({ formType: "I-131", applicantName: "Ana Diaz" });
    await link(user, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode });
    const again = await expectNothingChanged(paper.id, user.id, () =>
      link(user, { receiptNumber: paper.receiptNumber, accessCode: "0000-0000-0000" }),
    );
    expect(again).toMatchObject({
      ok: false,
      code: "already_linked",
      message: ALREADY_YOURS,
      values: { receiptNumber: paper.receiptNumber },
    });
    expect(await linkEvents(user.id)).toBe(1);
  });

  it("a code works once: of two accounts trying it at once, only one gets the case", async () => {
    const [first, second] = [await createUser("COMPLETE"), await createUser("COMPLETE")];
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    const input = { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode };
    const results = await Promise.all([link(first, input), link(second, input, { ...info, ip: "198.51.100.9" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ message: LINK_FAILED })]);
    expect(await db().securityEvent.count({ where: { kind: "case.linked" } })).toBe(1);
  });

  it("limits attempts per account, even with the right code afterwards", async () => {
    const user = await createUser("COMPLETE");
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    for (let i = 0; i < POLICY.rateLimits.caseLinkPerAccountPerHour; i++) {
      // Guessing: a different address each time, so only the account's limit applies.
      const result = await link(
        user,
        { receiptNumber: `EAC26123${String(i).padStart(5, "0")}`, accessCode: paper.accessCode },
        { ...info, ip: `198.51.100.${i}` },
      );
      expect(result).toMatchObject({ ok: false, message: LINK_FAILED });
    }
    const blocked = await expectNothingChanged(paper.id, user.id, () =>
      link(user, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode }),
    );
    expect(blocked).toMatchObject({ ok: false, code: "rate_limited", message: LINK_RATE_LIMITED });
  });

  it("limits attempts per address across accounts", async () => {
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser("COMPLETE")));
    for (let i = 0; i < POLICY.rateLimits.caseLinkPerIpPerHour; i++) {
      await link(users[i % users.length], { receiptNumber: "EAC0000000000", accessCode: "0000-0000-0000" });
    }
    const fresh = await createUser("COMPLETE");
    const blocked = await expectNothingChanged(paper.id, fresh.id, () =>
      link(fresh, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode }),
    );
    expect(blocked).toMatchObject({ ok: false, code: "rate_limited" });
    // From another address the same person gets on.
    expect(
      await link(fresh, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode }, { ...info, ip: "192.0.2.55" }),
    ).toMatchObject({ ok: true });
  });

  it("without a known address only the account's attempts are counted, never one count shared by everyone", async () => {
    const user = await createUser("COMPLETE");
    await link(user, { receiptNumber: "EAC0000000000", accessCode: "0000-0000-0000" }, { ip: null, userAgent: null });
    const keys = (await db().rateLimit.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys).toEqual([`case-link:account:${user.id}`]);
  });
});
