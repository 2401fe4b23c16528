// A send that outlives its claim: another worker takes the message meanwhile. A late failure
// changes nothing (it never puts a sent message back in the queue); a late delivery is recorded.
// An attempt gives up on a send that has not answered within three quarters of its claim.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { queuedJobs } from "@/tests/support/job-queue";
import { deliverMessage, deliveryJobKey } from "./deliver";
import { enqueueEmail } from "./enqueue";

const sends: { to: string; settle: (error?: Error) => void }[] = [];
beforeEach(() => {
  sends.length = 0;
});
afterEach(() => {
  delete process.env.OUTBOX_CLAIM_MS;
  resetEnvCache();
});

vi.mock("./transports", () => ({
  emailTransport: () => ({
    sendMail: (mail: { to: string }) =>
      new Promise<void>((resolve, reject) => sends.push({ to: mail.to, settle: (error) => (error ? reject(error) : resolve()) })),
  }),
  smsTransport: () => null,
}));

async function queued(to: string): Promise<string> {
  process.env.MAIL_FROM = "Test Portal <no-reply@portal.test>";
  resetEnvCache();
  await db().$transaction((tx) => enqueueEmail(tx, to, "verification-code", { code: "135790" }));
  return (await db().outboundMessage.findFirstOrThrow({ where: { to } })).id;
}

const sendStarted = async (count: number) => {
  await vi.waitFor(() => expect(sends).toHaveLength(count));
};

describe("a delivery slower than its claim", () => {
  it("a late failure does not put back in the queue the message another worker sent", async () => {
    const id = await queued("slow@example.com");
    const first = deliverMessage(id);
    await sendStarted(1);
    // The claim runs out while the first send hangs; a second worker takes the message and sends it.
    await db().$executeRaw`UPDATE "OutboundMessage" SET "lockedUntil" = now() - interval '1 second' WHERE id = ${id}::uuid`;
    const second = deliverMessage(id);
    await sendStarted(2);
    sends[1].settle();
    expect(await second).toBe("sent");
    const jobsBefore = await queuedJobs("deliver-message");

    sends[0].settle(new Error("Greeting never received"));
    expect(await first).toBe("retry");

    expect(await db().outboundMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
      lastError: null,
      body: null,
    });
    expect(await queuedJobs("deliver-message")).toEqual(jobsBefore);
  });

  it("a late success after another worker's failure is recorded, so the retry finds nothing to send", async () => {
    const id = await queued("late@example.com");
    const first = deliverMessage(id);
    await sendStarted(1);
    await db().$executeRaw`UPDATE "OutboundMessage" SET "lockedUntil" = now() - interval '1 second' WHERE id = ${id}::uuid`;
    const second = deliverMessage(id);
    await sendStarted(2);
    sends[1].settle(new Error("Connection refused"));
    expect(await second).toBe("retry");

    sends[0].settle();
    expect(await first).toBe("sent");

    expect(await db().outboundMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", body: null });
    await db().$executeRaw`UPDATE "OutboundMessage" SET "nextAttemptAt" = now() - interval '1 second' WHERE id = ${id}::uuid`;
    expect(await deliverMessage(id)).toBe("not-due");
    expect(sends).toHaveLength(2);
  });
});

describe("a send that does not answer", () => {
  it("is given up on while the claim still holds, and its late delivery is recorded so the retry sends nothing", async () => {
    process.env.OUTBOX_CLAIM_MS = "400";
    const id = await queued("hanging@example.com");
    // The transport never answers within the claim: the attempt records a failure and a retry.
    expect(await deliverMessage(id)).toBe("retry");
    expect(sends).toHaveLength(1);
    expect(await db().outboundMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lockedUntil: null,
      lastError: "The transport did not answer in time",
    });
    const retries = (await queuedJobs("deliver-message")).filter((job) => job.key === deliveryJobKey(id));
    expect(retries).toHaveLength(1);
    expect(retries[0].runAt.getTime()).toBeGreaterThan(Date.now());

    // It answers after all: the message is sent, and the retry finds nothing to send.
    sends[0].settle();
    await vi.waitFor(async () => expect((await db().outboundMessage.findUniqueOrThrow({ where: { id } })).status).toBe("SENT"));
    await db().$executeRaw`UPDATE "OutboundMessage" SET "nextAttemptAt" = now() - interval '1 second' WHERE id = ${id}::uuid`;
    expect(await deliverMessage(id)).toBe("not-due");
    expect(sends).toHaveLength(1);
  });
});
