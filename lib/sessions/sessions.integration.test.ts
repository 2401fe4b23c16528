import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POLICY } from "@/lib/security-policy";
import { info, sessionFor, signedUpTo } from "@/tests/support/factories";
import { submit } from "@/tests/support/action-input";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";
import type { FormFields } from "@/lib/actions/form-input";
import { endOtherSession, endOtherSessions, SESSION_NOT_FOUND, zEndOtherSession } from "./end-sessions";
import { listSessions } from "./list-sessions";
import { sessionStatus } from "./session-status";
import { findLiveSession, idleTimeoutMs } from "./sessions";

const english = readerFor("en", "UTC");
const spanish = readerFor("es", "UTC");

async function lastSeen(sessionId: string): Promise<Date> {
  return (await db().session.findUniqueOrThrow({ where: { id: sessionId }, select: { lastSeenAt: true } })).lastSeenAt;
}

describe("a session past its limits is refused even with the right token (a replayed cookie)", () => {
  it("idle longer than the timeout", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await sessionFor(user.id, "FULL");
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(Date.now() - idleTimeoutMs() - 1000) } });
    expect(await findLiveSession(session.token)).toBeNull();
    expect(await sessionStatus(session.token, { extend: true })).toEqual({ signedIn: false });
    // Refusing did not bring it back to life.
    expect((await lastSeen(session.id)).getTime()).toBeLessThan(Date.now() - idleTimeoutMs());
  });

  it("past the 12-hour limit, although recently active", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await sessionFor(user.id, "FULL");
    await db().session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() } });
    expect(await findLiveSession(session.token)).toBeNull();
  });

  it("ended (revoked)", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await sessionFor(user.id, "FULL");
    await db().session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    expect(await findLiveSession(session.token)).toBeNull();
  });
});

describe("sessionStatus (the idle warning's questions)", () => {
  it("reports the time left without extending the session; keeping it alive extends it", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await sessionFor(user.id, "FULL");
    const before = new Date(Date.now() - 60_000);
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: before } });

    const status = await sessionStatus(session.token);
    expect(status).toMatchObject({ signedIn: true, full: true, idleLimited: true });
    if (!status.signedIn) return;
    expect(status.remainingMs).toBeGreaterThan(idleTimeoutMs() - 62_000);
    expect(status.remainingMs).toBeLessThanOrEqual(idleTimeoutMs() - 60_000);
    expect(status.warningMs).toBe(120_000);
    expect((await lastSeen(session.id)).getTime()).toBe(before.getTime());

    const kept = await sessionStatus(session.token, { extend: true });
    expect((await lastSeen(session.id)).getTime()).toBeGreaterThan(Date.now() - 5_000);
    if (kept.signedIn) expect(kept.remainingMs).toBeGreaterThan(idleTimeoutMs() - 5_000);
    else expect.unreachable();
  });

  it("says when the 12-hour limit comes before the idle timeout", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await sessionFor(user.id, "FULL");
    await db().session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 30_000) } });
    expect(await sessionStatus(session.token)).toMatchObject({ signedIn: true, idleLimited: false });
    expect(POLICY.session.absoluteMs).toBeGreaterThan(idleTimeoutMs());
  });

  it("knows nothing about a missing or unknown token", async () => {
    expect(await sessionStatus(undefined)).toEqual({ signedIn: false });
    expect(await sessionStatus("not-a-real-token")).toEqual({ signedIn: false });
  });
});

describe("listing and ending sessions", () => {
  it("lists only the person's live sessions, this one first and marked", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const other = await signedUpTo("COMPLETE");
    const current = await sessionFor(user.id, "FULL");
    const second = await sessionFor(user.id, "FULL");
    const idle = await sessionFor(user.id, "FULL");
    await db().session.update({ where: { id: idle.id }, data: { lastSeenAt: new Date(Date.now() - idleTimeoutMs() - 1000) } });
    const theirs = await sessionFor(other.user.id, "FULL");

    const list = await listSessions(current);
    const ids = list.map((s) => s.id);
    expect(ids[0]).toBe(current.id);
    expect(ids).toContain(second.id);
    expect(ids).not.toContain(idle.id);
    expect(ids).not.toContain(theirs.id);
    expect(list[0]).toMatchObject({ current: true });
    expect(english.text(list[0].place)).toBe("Internet address 203.0.113.7");
    expect(english.text(list[0].device)).toBe("Unknown device");
    // The sessions page shows them in the reader's language.
    expect(spanish.text(list[0].place)).toBe("Dirección de internet 203.0.113.7");
    expect(spanish.text(list[0].device)).toBe("Dispositivo desconocido");
    expect(list.filter((s) => s.current)).toHaveLength(1);
  });

  it("ends one of the person's other sessions: its cookie stops working, and the event is recorded", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const current = await sessionFor(user.id, "FULL");
    const other = await sessionFor(user.id, "FULL");
    const ended = await endOtherSession(current, { sessionId: other.id }, info);
    expect(ended).toMatchObject({ ok: true });
    // The "Signed out of …" confirmation names the device in the reader's language (the action chain reads it).
    expect(localizeResult(ended, spanish)).toMatchObject({ ok: true, device: "Dispositivo desconocido" });
    expect(await findLiveSession(other.token)).toBeNull();
    expect(await findLiveSession(current.token)).not.toBeNull();
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "session.ended" } })).toBe(1);
    // Ending it again finds nothing.
    expect(await endOtherSession(current, { sessionId: other.id }, info)).toMatchObject({
      ok: false,
      code: "not_found",
      message: SESSION_NOT_FOUND,
    });
  });

  it("one person can never end another person's session: it says not found and changes nothing", async () => {
    const alice = await signedUpTo("COMPLETE");
    const bob = await signedUpTo("COMPLETE");
    const aliceSession = await sessionFor(alice.user.id, "FULL");
    const bobSession = await sessionFor(bob.user.id, "FULL");
    const events = await db().securityEvent.count();

    expect(await endOtherSession(aliceSession, { sessionId: bobSession.id }, info)).toMatchObject({
      ok: false,
      code: "not_found",
      message: SESSION_NOT_FOUND,
    });
    expect(await findLiveSession(bobSession.token)).not.toBeNull();
    expect(await db().securityEvent.count()).toBe(events);
    const junk: FormFields[] = [
      {},
      { sessionId: "" },
      { sessionId: "not-a-uuid" },
      { sessionId: "42" },
      { sessionId: [bobSession.id, aliceSession.id] },
      { sessionId: '\'; DROP TABLE "Session"; --' },
    ];
    for (const fields of junk) {
      expect(await submit(zEndOtherSession, fields, (input) => endOtherSession(aliceSession, input, info))).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }
    // The current session is not ended from the list (that is Sign out).
    expect(await endOtherSession(aliceSession, { sessionId: aliceSession.id }, info)).toMatchObject({ ok: false, code: "current_session" });
    expect(await findLiveSession(aliceSession.token)).not.toBeNull();
  });

  it("ends all other sessions and leaves the current one (and other people's) alone", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const bob = await signedUpTo("COMPLETE");
    const current = await sessionFor(user.id, "FULL");
    const others = [await sessionFor(user.id, "FULL"), await sessionFor(user.id, "FULL")];
    const bobSession = await sessionFor(bob.user.id, "FULL");

    const result = await endOtherSessions(current, info);
    // signedUpTo's own sign-up session counts among the others.
    expect(result).toMatchObject({ ok: true, ended: 3 });
    for (const s of others) expect(await findLiveSession(s.token)).toBeNull();
    expect(await findLiveSession(current.token)).not.toBeNull();
    expect(await findLiveSession(bobSession.token)).not.toBeNull();
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "sessions.ended_others" } })).toBe(1);
  });
});
