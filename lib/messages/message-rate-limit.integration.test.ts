import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FormFields } from "@/lib/actions/form-input";
import type { SessionLike } from "@/lib/auth/roles";
import { submit } from "@/tests/support/action-input";
import { POLICY } from "@/lib/security-policy";
import { applicantWithCase, messageCounts, useUploadDir } from "@/tests/support/factories";
import { TOO_MANY_MESSAGES } from "./message-rate-limit";
import { replyAsApplicant as replyAsApplicantNow } from "./reply-as-applicant";
import { zReply } from "./reply-input";
import { startThread as startThreadNow, zStartThread } from "./start-thread";

// Each call posts a form as the action would: the declared schema parses it before the domain runs.
const startThread = (session: SessionLike, fields: FormFields) => submit(zStartThread, fields, (input) => startThreadNow(session, input));
const replyAsApplicant = (session: SessionLike, fields: FormFields) =>
  submit(zReply, fields, (input) => replyAsApplicantNow(session, input));

let uploads: ReturnType<typeof useUploadDir>;
beforeEach(() => {
  uploads = useUploadDir();
});
afterEach(() => uploads.cleanup());

describe("how many messages an applicant may send", () => {
  it(`allows ${POLICY.rateLimits.messagesPerAccountPerHour} an hour (threads and replies together), then refuses with the text kept and nothing sent`, async () => {
    const a = await applicantWithCase();
    const first = await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "Question", body: "Message 1" });
    if (!first.ok) throw new Error(first.message);
    for (let i = 2; i <= POLICY.rateLimits.messagesPerAccountPerHour; i++) {
      expect(await replyAsApplicant(a.session, { threadId: first.threadId, body: `Message ${i}` })).toMatchObject({ ok: true });
    }
    const before = await messageCounts();

    const reply = await replyAsApplicant(a.session, { threadId: first.threadId, body: "One too many" });
    expect(reply).toEqual({ ok: false, code: "rate_limited", message: TOO_MANY_MESSAGES, values: { body: "One too many" } });
    const thread = await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "Another", body: "One too many" });
    expect(thread).toMatchObject({ ok: false, code: "rate_limited", values: { subject: "Another", body: "One too many" } });
    expect(await messageCounts()).toEqual(before);
  });

  it("a form with mistakes does not use up the allowance, and another applicant has their own", async () => {
    const a = await applicantWithCase();
    const b = await applicantWithCase();
    for (let i = 0; i < POLICY.rateLimits.messagesPerAccountPerHour + 5; i++) {
      expect(await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "", body: "" })).toMatchObject({
        code: "invalid_input",
      });
    }
    expect(await startThread(a.session, { receiptNumber: a.receiptNumber, subject: "Fine", body: "Now it is complete." })).toMatchObject({
      ok: true,
    });
    expect(await startThread(b.session, { receiptNumber: b.receiptNumber, subject: "Mine", body: "Hello." })).toMatchObject({ ok: true });
  });
});
