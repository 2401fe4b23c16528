import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, info, sessionFor, signedUpTo, tableCounts } from "@/tests/support/factories";
import { submit } from "@/tests/support/action-input";
import { acceptTerms, zAcceptTerms } from "./accept-terms";
import { TERMS_VERSION } from "./terms";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";

describe("acceptTerms", () => {
  it("records the accepted version and time and moves to the password step", async () => {
    const { user, session } = await signedUpTo("TERMS");
    const before = Date.now();
    expect(await acceptTerms(session, { agree: "yes" }, info)).toEqual({ ok: true });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.registrationStep).toBe("PASSWORD");
    expect(row.termsVersion).toBe(TERMS_VERSION);
    expect(row.termsAcceptedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const events = await db().securityEvent.findMany({ where: { userId: user.id, kind: "terms.accepted" } });
    expect(events).toHaveLength(1);
    expect(events[0].detail).toEqual({ version: TERMS_VERSION });
  });

  it.each([[undefined], ["no"], [""], ["true"], ["YES"], [["yes", "yes"]]])(
    "refuses agree=%j with a field message, changing nothing",
    async (agree) => {
      const { user, session } = await signedUpTo("TERMS");
      const before = await tableCounts();
      const result = localizeResult(
        await submit(zAcceptTerms, agree === undefined ? {} : { agree }, (input) => acceptTerms(session, input, info)),
        readerFor("en", "UTC"),
      );
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { agree: expect.stringContaining("I agree") } });
      expect(await tableCounts()).toEqual(before);
      const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
      expect(row).toMatchObject({ registrationStep: "TERMS", termsVersion: null, termsAcceptedAt: null });
    },
  );

  it("a replayed form is refused as out of order", async () => {
    const { user, session } = await signedUpTo("TERMS");
    expect((await acceptTerms(session, { agree: "yes" }, info)).ok).toBe(true);
    const accepted = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).termsAcceptedAt;
    expect(await acceptTerms(session, { agree: "yes" }, info)).toMatchObject({ ok: false, code: "out_of_order" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).termsAcceptedAt).toEqual(accepted);
  });

  it("someone on another step cannot accept (and is not moved)", async () => {
    const user = await createUser("CONFIRM_EMAIL");
    const session = await sessionFor(user.id);
    expect(await acceptTerms(session, { agree: "yes" }, info)).toMatchObject({ ok: false, code: "out_of_order" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("CONFIRM_EMAIL");
  });
});
