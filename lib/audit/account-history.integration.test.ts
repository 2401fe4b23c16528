import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readerFor } from "@/lib/i18n/translator";
import { signedUpTo } from "@/tests/support/factories";
import { accountHistory, HISTORY_PAGE_SIZE } from "./account-history";

const english = readerFor("en", "UTC");

describe("accountHistory", () => {
  it("lists only the person's own events, newest first, in plain language", async () => {
    const alice = await signedUpTo("COMPLETE");
    const bob = await signedUpTo("COMPLETE");
    await db().securityEvent.create({
      data: {
        userId: bob.user.id,
        kind: "sign_in.password_failed",
        ip: "198.51.100.9",
        userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36",
      },
    });
    await db().securityEvent.create({
      data: { userId: alice.user.id, kind: "sign_in.locked", ip: "10.0.0.4", userAgent: null, at: new Date(Date.now() + 60_000) },
    });
    await db().securityEvent.create({ data: { userId: alice.user.id, kind: "some.future_kind", at: new Date(Date.now() + 30_000) } });

    const history = await accountHistory(alice.user, 1);
    const aliceEvents = await db().securityEvent.count({ where: { userId: alice.user.id } });
    expect(history.total).toBe(aliceEvents);
    expect(english.text(history.entries[0].description)).toBe("Sign-in paused after too many wrong passwords");
    expect(english.text(history.entries[0].place)).toBe("Local network (10.0.0.4)");
    expect(english.text(history.entries[0].device)).toBe("Unknown device");
    // The page shows them in the reader's language.
    const spanish = readerFor("es", "UTC");
    expect(spanish.text(history.entries[0].place)).toBe("Red local (10.0.0.4)");
    expect(spanish.text(history.entries[0].device)).toBe("Dispositivo desconocido");
    expect(english.text(history.entries[1].description)).toBe("Other account activity");
    expect(history.entries.map((e) => english.text(e.description))).toContain("Finished creating the account");
    expect(history.entries.map((e) => english.text(e.description))).not.toContain("Failed sign-in: wrong password");
    const times = history.entries.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("pages 25 at a time and keeps a page past the end on the last page", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const existing = await db().securityEvent.count({ where: { userId: user.id } });
    await db().securityEvent.createMany({
      data: Array.from({ length: HISTORY_PAGE_SIZE * 2 - existing + 3 }, (_, i) => ({
        userId: user.id,
        kind: "sign_in.succeeded",
        at: new Date(Date.now() - i * 1000),
      })),
    });
    const first = await accountHistory(user, 1);
    const last = await accountHistory(user, 99);
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: HISTORY_PAGE_SIZE * 2 + 3 });
    expect(first.entries).toHaveLength(HISTORY_PAGE_SIZE);
    expect(last).toMatchObject({ page: 3 });
    expect(last.entries).toHaveLength(3);
  });
});
