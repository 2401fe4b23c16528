import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { createUser } from "@/tests/support/factories";
import { purgeExpired, RETENTION } from "./purge";

const DAY = 86_400_000;
const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);

describe("scheduled purges: what goes and what stays", () => {
  it("sessions: those that ended (expired, idle, signed out) over a day ago go; live and recently ended ones stay", async () => {
    const now = new Date();
    const user = await createUser("COMPLETE");
    const session = (name: string, data: { expiresAt: Date; lastSeenAt?: Date; revokedAt?: Date }) =>
      db().session.create({ data: { tokenHash: name, userId: user.id, level: "FULL", authMethods: [], lastSeenAt: now, ...data } });
    await session("live", { expiresAt: new Date(now.getTime() + DAY) });
    await session("expired-just-now", { expiresAt: ago(now, 60_000), lastSeenAt: ago(now, 60_000) });
    await session("signed-out-today", { expiresAt: new Date(now.getTime() + DAY), revokedAt: ago(now, 3_600_000) });
    await session("expired-2-days", { expiresAt: ago(now, 2 * DAY), lastSeenAt: ago(now, 2 * DAY) });
    await session("signed-out-2-days", { expiresAt: new Date(now.getTime() + DAY), revokedAt: ago(now, 2 * DAY) });
    await session("idle-2-days", { expiresAt: new Date(now.getTime() + DAY), lastSeenAt: ago(now, 2 * DAY) });

    expect(await purgeExpired("sessions", now)).toBe(3);
    const left = await db().session.findMany({ select: { tokenHash: true }, orderBy: { tokenHash: "asc" } });
    expect(left.map((s) => s.tokenHash)).toEqual(["expired-just-now", "live", "signed-out-today"]);
  });

  it("tokens and codes: used or expired links after 7 days, codes after a day, used backup codes after a day", async () => {
    const now = new Date();
    const user = await createUser("COMPLETE");
    const token = (name: string, data: { expiresAt: Date; usedAt?: Date }) =>
      db().emailToken.create({ data: { userId: user.id, purpose: "RESET_PASSWORD", tokenHash: name, ...data } });
    await token("open", { expiresAt: new Date(now.getTime() + 60_000) });
    await token("used-yesterday", { expiresAt: new Date(now.getTime() + DAY), usedAt: ago(now, DAY) });
    await token("expired-3-days", { expiresAt: ago(now, 3 * DAY) });
    await token("used-8-days", { expiresAt: new Date(now.getTime() + DAY), usedAt: ago(now, 8 * DAY) });
    await token("expired-8-days", { expiresAt: ago(now, 8 * DAY) });
    const code = (name: string, createdAt: Date) =>
      db().otpChallenge.create({
        data: { userId: user.id, purpose: "SIGN_IN", channel: "EMAIL", destination: name, codeHash: name, expiresAt: createdAt, createdAt },
      });
    await code("this-hour", ago(now, 30 * 60_000));
    await code("two-days", ago(now, 2 * DAY));
    await db().backupCode.createMany({
      data: [
        { userId: user.id, codeHash: "unused" },
        { userId: user.id, codeHash: "used-now", usedAt: ago(now, 60_000) },
        { userId: user.id, codeHash: "used-2-days", usedAt: ago(now, 2 * DAY) },
      ],
    });

    expect(await purgeExpired("tokens-and-codes", now)).toBe(4);
    expect((await db().emailToken.findMany({ select: { tokenHash: true } })).map((t) => t.tokenHash).sort()).toEqual([
      "expired-3-days",
      "open",
      "used-yesterday",
    ]);
    expect((await db().otpChallenge.findMany({ select: { codeHash: true } })).map((c) => c.codeHash)).toEqual(["this-hour"]);
    expect((await db().backupCode.findMany({ select: { codeHash: true } })).map((c) => c.codeHash).sort()).toEqual(["unused", "used-now"]);
  });

  it("rate-limit counters whose window began over a day ago; unknown sign-in tries after 30 days", async () => {
    const now = new Date();
    await db().rateLimit.createMany({
      data: [
        { key: "current", windowStart: ago(now, 60_000), count: 3 },
        { key: "session-12h", windowStart: ago(now, 11 * 3_600_000), count: 1 },
        { key: "old", windowStart: ago(now, RETENTION.rateLimitWindowMs + 60_000), count: 9 },
      ],
    });
    await db().unknownSignInAttempt.createMany({
      data: [
        { emailHash: "recent", createdAt: ago(now, 29 * DAY) },
        { emailHash: "old", createdAt: ago(now, 31 * DAY) },
      ],
    });
    expect(await purgeExpired("rate-limits", now)).toBe(1);
    expect((await db().rateLimit.findMany({ select: { key: true } })).map((r) => r.key).sort()).toEqual(["current", "session-12h"]);
    expect(await purgeExpired("unknown-sign-ins", now)).toBe(1);
    expect((await db().unknownSignInAttempt.findMany({ select: { emailHash: true } })).map((r) => r.emailHash)).toEqual(["recent"]);
  });

  it("message bodies: cleared from the local outbox after 7 days and from undeliverable account messages after a day; rows and case alerts stay", async () => {
    const now = new Date();
    const message = (to: string, status: "KEPT_LOCAL" | "FAILED" | "PENDING" | "SENT", createdAt: Date, caseId?: string) =>
      db().outboundMessage.create({
        data: { channel: "EMAIL", to, template: "t", subject: "s", body: "code 123456", html: "<p>x</p>", status, createdAt, caseId },
      });
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    await message("local-new", "KEPT_LOCAL", ago(now, 6 * DAY));
    await message("local-old", "KEPT_LOCAL", ago(now, 8 * DAY));
    await message("failed-code-new", "FAILED", ago(now, 3_600_000));
    await message("failed-code-old", "FAILED", ago(now, 2 * DAY));
    await message("failed-alert-old", "FAILED", ago(now, 30 * DAY), paper.id);
    await message("pending-old", "PENDING", ago(now, 30 * DAY));

    expect(await purgeExpired("message-bodies", now)).toBe(2);
    const rows = await db().outboundMessage.findMany({ select: { to: true, body: true, html: true }, orderBy: { to: "asc" } });
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.body === null && r.html === null).map((r) => r.to)).toEqual(["failed-code-old", "local-old"]);
  });
});
