import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { submit } from "@/tests/support/action-input";
import { fullSession, signedUpTo } from "@/tests/support/factories";

// The browser's cookie is set through next/headers, which needs a request: a stand-in records it.
const cookieJar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ set: (name: string, value: string) => cookieJar.set(name, value) }),
}));

const { setLanguage, zLanguageChoice } = await import("./language");

describe("the language setting", () => {
  beforeEach(() => cookieJar.clear());

  it("keeps the choice on the account and in the browser's cookie, like the header's switch", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");

    expect(await submit(zLanguageChoice, { locale: "es" }, (input) => setLanguage(session, input))).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("es");
    expect(cookieJar.get("locale")).toBe("es");

    expect(await submit(zLanguageChoice, { locale: "en" }, (input) => setLanguage(session, input))).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
  });

  it("refuses a language the portal does not speak, and changes nothing", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    for (const locale of ["fr", "", "ES "]) {
      const result = await submit(zLanguageChoice, { locale }, (input) => setLanguage(session, input));
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { locale: expect.any(String) } });
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
    expect(cookieJar.size).toBe(0);
  });
});
