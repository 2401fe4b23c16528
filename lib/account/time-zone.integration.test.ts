import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readerFor } from "@/lib/i18n/translator";
import { submit } from "@/tests/support/action-input";
import { fullSession, info, signedUpTo } from "@/tests/support/factories";
import { accountTimeZone, COMMON_US_TIME_ZONES, setTimeZone, timeZoneOptions, zTimeZoneChoice } from "./time-zone";

const english = readerFor("en", "UTC");

describe("the time zone setting", () => {
  it("reads the default zone until the person chooses one, then theirs, recorded in the account history", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    expect(await accountTimeZone(user)).toEqual({ timeZone: "America/New_York", isDefault: true });

    const saved = await submit(zTimeZoneChoice, { timeZone: "America/Chicago" }, (input) => setTimeZone(session, input, info));
    expect(saved).toEqual({ ok: true });
    expect(await accountTimeZone(user)).toEqual({ timeZone: "America/Chicago", isDefault: false });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBe("America/Chicago");
    const events = await db().securityEvent.findMany({ where: { userId: user.id, kind: "time_zone.changed" } });
    expect(events).toHaveLength(1);
    expect(events[0].detail).toEqual({ timeZone: "America/Chicago" });

    // The same zone again changes nothing and records nothing.
    expect(await submit(zTimeZoneChoice, { timeZone: "America/Chicago" }, (input) => setTimeZone(session, input, info))).toEqual({
      ok: true,
    });
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "time_zone.changed" } })).toBe(1);
  });

  it("refuses a zone it does not know, or none, with a clear message, and changes nothing", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    await db().user.update({ where: { id: user.id }, data: { timeZone: "America/Denver" } });
    for (const [timeZone, message] of [
      ["Mars/Olympus_Mons", /^Choose a time zone from the list\. That is not a time zone we know, so nothing was changed\.$/],
      ["<script>", /^Choose a time zone from the list/],
      ["x".repeat(200), /^Choose a time zone from the list/],
      ["", /^Choose your time zone\.$/],
    ] as const) {
      const result = await submit(zTimeZoneChoice, { timeZone }, (input) => setTimeZone(session, input, info));
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      if (result.ok) continue;
      expect(english.text(result.fieldErrors?.timeZone ?? "")).toMatch(message);
    }
    // Called directly past the form's schema, the function checks again.
    const direct = await setTimeZone(session, { timeZone: "Nowhere/Land" }, info);
    expect(direct).toMatchObject({ ok: false, code: "invalid_input" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBe("America/Denver");
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "time_zone.changed" } })).toBe(0);
  });

  it("lists the common US zones first, then every other zone once", () => {
    const options = timeZoneOptions();
    expect(options.slice(0, COMMON_US_TIME_ZONES.length)).toEqual([...COMMON_US_TIME_ZONES]);
    expect(new Set(options).size).toBe(options.length);
    expect(options).toContain("Europe/Madrid");
    expect(options).toContain("America/Mexico_City");
  });
});
