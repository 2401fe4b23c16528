import { afterEach, describe, expect, it, vi } from "vitest";
import { waitForFloor } from "@/lib/http/response-floor";
import { requestPasswordReset } from "@/lib/recovery/request-password-reset";
import { createUser, info, outboxFor, uniqueEmail } from "@/tests/support/factories";
import { resendConfirmation, startSignUp } from "./start-sign-up";

// The floor itself is a timer; here it is held open by the test, so nothing depends on how fast
// the machine is: each answer must wait for it, after its work, with the floor forgot-password uses.
vi.mock("@/lib/http/response-floor", () => ({ waitForFloor: vi.fn() }));

afterEach(() => {
  vi.mocked(waitForFloor).mockReset();
});

/** Runs `answer` with the floor held open; returns the floor asked for and whether the answer waited for it. */
async function heldAtFloor(answer: () => Promise<unknown>, email: string) {
  let release!: () => void;
  vi.mocked(waitForFloor).mockClear();
  vi.mocked(waitForFloor).mockImplementation(() => new Promise<void>((resolve) => (release = resolve)));
  let answered = false;
  const done = answer().then(() => (answered = true));
  await vi.waitFor(() => expect(waitForFloor).toHaveBeenCalledTimes(1));
  const mailedBeforeFloor = (await outboxFor(email)).length;
  await new Promise((resolve) => setImmediate(resolve));
  const waited = !answered;
  release();
  await done;
  const [startedAt, floorMs] = vi.mocked(waitForFloor).mock.calls[0];
  return { startedAt, floorMs, waited, mailedBeforeFloor };
}

describe("answers that must not tell whether an email has an account", () => {
  it("sign-up and resend wait for the floor forgot-password waits for, with an account or without", async () => {
    const finished = await createUser("COMPLETE");
    const forgot = await heldAtFloor(() => requestPasswordReset({ email: finished.email }, info), finished.email);
    expect(forgot.waited).toBe(true);

    const unfinished = await createUser("CONFIRM_EMAIL");
    const cases = {
      "sign-up, new email": () => startSignUp({ email: "new.one@example.com", confirmEmail: "new.one@example.com" }, info),
      "sign-up, finished account": () => startSignUp({ email: finished.email, confirmEmail: finished.email }, info),
      "resend, no account": () => resendConfirmation({ email: uniqueEmail() }, info),
      "resend, unfinished account": () => resendConfirmation({ email: unfinished.email }, info),
      "resend, finished account": () => resendConfirmation({ email: finished.email }, info),
    };
    const emails = ["new.one@example.com", finished.email, "nobody@example.com", unfinished.email, finished.email];
    for (const [i, [name, answer]] of Object.entries(cases).entries()) {
      const mailedBefore = (await outboxFor(emails[i])).length;
      const held = await heldAtFloor(answer, emails[i]);
      expect({ name, floorMs: held.floorMs, waited: held.waited }).toEqual({ name, floorMs: forgot.floorMs, waited: true });
      expect(held.startedAt, name).toBeTypeOf("number");
      // The work is done before the wait, so the wait covers it.
      if (name !== "resend, no account") expect(held.mailedBeforeFloor, name).toBe(mailedBefore + 1);
    }
  });
});
