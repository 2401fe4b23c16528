// A send that outlives its claim: another worker takes the message meanwhile. A late failure
// changes nothing (it never puts a sent message back in the queue); a late delivery is recorded.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { queuedJobs } from "@/tests/support/job-queue";
import { deliverMessage } from "./deliver";
import { enqueueEmail } from "./enqueue";

const sends: { to: string; settle: (error?: Error) => void }[] = [];
beforeEach(() => {
  sends.length = 0;
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
