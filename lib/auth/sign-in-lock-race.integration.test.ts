import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POLICY } from "@/lib/security-policy";
import { GOOD_PASSWORD, info, outboxFor, signedUpTo } from "@/tests/support/factories";
import { signInWithPassword } from "./sign-in";

// The password lock under parallel requests (shown on PostgreSQL; the embedded engine runs one
// statement at a time). Each request comes from its own address, so the per-address proof-of-work
// does not come into it.

const BURST = 24;
// The embedded engine has one connection: a burst there would only queue for it (and past Prisma's
// wait for a transaction on a busy machine), so it runs one request after another. The race is
// PostgreSQL's, where the burst is fired all at once.
const oneConnection = process.env.DATABASE_POOL_MAX === "1";
async function burst<T>(count: number, request: (i: number) => Promise<T>): Promise<T[]> {
  if (!oneConnection) return Promise.all(Array.from({ length: count }, (_, i) => request(i)));
  const answers: T[] = [];
  for (let i = 0; i < count; i++) answers.push(await request(i));
  return answers;
}
const from = (i: number) => ({ ...info, ip: `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}` });
const events = (userId: string, kind: string) => db().securityEvent.count({ where: { userId, kind } });
const lockNotices = async (email: string) =>
  (await outboxFor(email)).filter((m) => m.template === "security-notice" && m.subject?.startsWith("Sign-in to your account is paused"));

describe("the password lock under parallel requests", () => {
  it(`${BURST} wrong passwords at once: exactly five are checked, one pause starts, one email is sent`, async () => {
    const { user } = await signedUpTo("COMPLETE");
    const answers = await burst(BURST, (i) => signInWithPassword({ email: user.email, password: `Wrong-Password-${i}!` }, from(i)));
    expect(answers.every((a) => !a.ok)).toBe(true);
    expect(await events(user.id, "sign_in.password_failed")).toBe(POLICY.signIn.lockAfterFailures);
    expect(await events(user.id, "sign_in.locked")).toBe(1);
    expect(await events(user.id, "sign_in.refused_locked")).toBe(BURST - POLICY.signIn.lockAfterFailures);
    expect(await lockNotices(user.email)).toHaveLength(1);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + POLICY.signIn.lockMs - 60_000);
    expect(row.failedPasswordAttempts).toBe(0);
  });

  it("with one try left, a right password among wrong ones at once: one try is checked, and no sign-in comes with a pause", async () => {
    const { user } = await signedUpTo("COMPLETE");
    await db().user.update({ where: { id: user.id }, data: { failedPasswordAttempts: POLICY.signIn.lockAfterFailures - 1 } });
    const right = Math.floor(BURST / 2);
    const answers = await burst(BURST, (i) =>
      signInWithPassword({ email: user.email, password: i === right ? GOOD_PASSWORD : `Wrong-Password-${i}!` }, from(100 + i)),
    );
    const signedIn = answers.filter((a) => a.ok).length;
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    const paused = Boolean(row.lockedUntil && row.lockedUntil.getTime() > Date.now());
    const checked = (await events(user.id, "sign_in.password_failed")) + signedIn;
    expect(checked).toBe(1);
    // Either the right password took the last try (signed in, count cleared) or a wrong one did (paused).
    expect(signedIn + Number(paused)).toBe(1);
    if (signedIn) expect(row.failedPasswordAttempts).toBe(0);
    expect(await db().session.count({ where: { userId: user.id, level: "PASSWORD_ONLY" } })).toBe(signedIn);
  });

  it(`${BURST} right passwords at once on a paused account: none signs in, and the count stays`, async () => {
    const { user } = await signedUpTo("COMPLETE");
    await db().user.update({
      where: { id: user.id },
      data: { lockedUntil: new Date(Date.now() + 60_000), failedPasswordAttempts: 3 },
    });
    const answers = await burst(BURST, (i) => signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from(200 + i)));
    expect(answers.filter((a) => a.ok)).toHaveLength(0);
    expect(await db().session.count({ where: { userId: user.id, level: "PASSWORD_ONLY" } })).toBe(0);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).failedPasswordAttempts).toBe(3);
  });
});
