import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findLiveSession } from "@/lib/sessions/sessions";
import { info, signedUpTo } from "@/tests/support/factories";
import { confirmItsYou } from "./reauth";

describe("the 20-minute re-check", () => {
  it("marks the session recent and replaces its token: the old token stops working, the new one is the same session", async () => {
    const { user, session, totpSecret } = await signedUpTo("COMPLETE", { method: "TOTP" });
    const staleAt = new Date(Date.now() - 21 * 60_000);
    await db().session.update({ where: { id: session.id }, data: { secondStepAt: staleAt } });

    // The next time step's code: sign-up already used this step's one.
    const code = await generate({ secret: totpSecret!, epoch: Math.floor(Date.now() / 1000) + 30 });
    const passed = await confirmItsYou({ ...session, secondStepAt: staleAt }, { code }, info);
    expect(passed).toEqual({ ok: true, sessionToken: expect.any(String) });
    if (!passed.ok) return;
    expect(passed.sessionToken).not.toBe(session.token);
    expect(await findLiveSession(session.token, { touch: false })).toBeNull();
    const live = await findLiveSession(passed.sessionToken, { touch: false });
    expect(live).toMatchObject({ id: session.id, level: "FULL", user: { id: user.id } });
    expect(Date.now() - live!.secondStepAt!.getTime()).toBeLessThan(60_000);
    expect(await db().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
  });

  it("a wrong code keeps the token and the stale check", async () => {
    const { session, totpSecret } = await signedUpTo("COMPLETE", { method: "TOTP" });
    const right = await generate({ secret: totpSecret! });
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
    expect(await confirmItsYou(session, { code: wrong }, info)).toMatchObject({ ok: false, code: "wrong_code" });
    expect(await findLiveSession(session.token, { touch: false })).toMatchObject({ id: session.id });
  });
});
