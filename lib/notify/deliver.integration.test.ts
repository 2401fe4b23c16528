import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env, resetEnvCache } from "@/lib/env";
import { confirmEmail } from "@/lib/registration/confirm-email";
import { startSignUp } from "@/lib/registration/start-sign-up";
import { linkIn, SmtpSink } from "@/tests/support/smtp-sink";
import { TwilioStandin } from "@/tests/support/twilio-standin";
import { info } from "@/tests/support/factories";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { makeDeliveryDueNow, queuedJobs, runDueJobs as deliverDueMessages } from "@/tests/support/job-queue";
import { deliveryJobKey, MAX_DELIVERY_ATTEMPTS, requeueStalledMessages, retryDelayMs } from "./deliver";
import { enqueueEmail, enqueueSms } from "./enqueue";

const sink = new SmtpSink({ port: 0 });
const twilio = new TwilioStandin({ accountSid: `AC${"0f".repeat(16)}`, authToken: "standin-token-abcdef0123456789" });

beforeAll(async () => {
  await sink.start();
  await twilio.start();
});
afterAll(async () => {
  await sink.stop();
  await twilio.stop();
});
beforeEach(async () => {
  if (!sink.running) await sink.start();
  sink.clear();
  twilio.clear();
});

function useSmtp(): void {
  process.env.SMTP_URL = sink.url;
  process.env.MAIL_FROM = "Test Portal <no-reply@portal.test>";
  process.env.AGENCY_NAME = "Test Agency";
  resetEnvCache();
}

function useTwilio(): void {
  Object.assign(process.env, twilio.env("+15005550006"));
  resetEnvCache();
}

/** Closes the shared Prisma client so the next db() call connects afresh with the current settings. */
async function dropClient(): Promise<void> {
  const holder = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };
  const client = holder.prisma;
  delete holder.prisma;
  await client?.$disconnect();
}

async function emailCode(to: string, code = "135790"): Promise<string> {
  await db().$transaction((tx) => enqueueEmail(tx, to, "verification-code", { code }));
  return (await db().outboundMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } })).id;
}

// deliverDueMessages runs every due job through the job queue (graphile-worker) and returns how
// many messages a delivery job took.
describe("delivery through the job queue", () => {
  it("sends email over SMTP, marks it SENT and clears the stored body", async () => {
    useSmtp();
    const id = await emailCode("ana@example.com");
    expect(await deliverDueMessages()).toBe(1);

    const row = await db().outboundMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, body: null, html: null, lastError: null, lockedUntil: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.subject).toBe("Your verification code | Test Agency");

    const mail = await sink.waitForMessage((m) => m.to.includes("ana@example.com"), 5000);
    expect(mail.from).toBe("no-reply@portal.test");
    expect(mail.subject).toBe("Your verification code | Test Agency");
    expect(mail.text).toContain("Your one-time verification code is 135790");
    expect(mail.html).toContain("135790");
    // Nothing is left to do.
    expect(await deliverDueMessages()).toBe(0);
    expect(sink.messages()).toHaveLength(1);
  });

  it("delivers the confirmation link that sign-up wrote, and the link works", async () => {
    useSmtp();
    await startSignUp({ email: "link@example.com", confirmEmail: "link@example.com" }, info);
    await deliverDueMessages();
    const mail = await sink.waitForMessage((m) => m.to.includes("link@example.com"), 5000);
    const link = new URL(linkIn(mail.text, "/sign-up/confirm"));
    expect(link.origin).toBe("http://localhost:3000");
    expect(await confirmEmail(link.searchParams.get("token")!, info)).toMatchObject({ ok: true, step: "TERMS" });
  });

  it("keeps a message PENDING when the SMTP server is down, and delivers it once it is back", async () => {
    useSmtp();
    process.env.OUTBOX_RETRY_BASE_MS = "1000";
    resetEnvCache();
    const id = await emailCode("outage@example.com", "246802");
    await sink.stop();
    const before = Date.now();
    expect(await deliverDueMessages()).toBe(1);

    let row = await db().outboundMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row.body).toContain("246802"); // kept until a transport has it
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 900);

    await sink.start();
    // Not retried before its time…
    expect(await deliverDueMessages()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // …then delivered, once.
    expect(await deliverDueMessages()).toBe(1);
    row = await db().outboundMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, body: null, lastError: null });
    const mail = await sink.waitForMessage((m) => m.to.includes("outage@example.com"), 5000);
    expect(mail.text).toContain("246802");
    expect(sink.messages("outage@example.com")).toHaveLength(1);
  });

  it("gives up after the last attempt and marks the message FAILED", async () => {
    useSmtp();
    const id = await emailCode("never@example.com");
    await db().outboundMessage.update({ where: { id }, data: { attempts: MAX_DELIVERY_ATTEMPTS - 1 } });
    await sink.stop();
    await deliverDueMessages();
    const row = await db().outboundMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS });
    await sink.start();
    expect(await deliverDueMessages()).toBe(0);
  });

  it("retries a case alert with growing backoff while SMTP is down, then marks it FAILED and keeps its case", async () => {
    useSmtp();
    process.env.OUTBOX_RETRY_BASE_MS = "1000";
    resetEnvCache();
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    await db().$transaction((tx) =>
      enqueueEmail(tx, "alerted@example.com", "case-update", { url: "http://localhost:3000/dashboard" }, { caseId: paper.id }),
    );
    const id = (await db().outboundMessage.findFirstOrThrow({ where: { to: "alerted@example.com" } })).id;
    await sink.stop();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      // Each retry falls due only at its time; make it due now instead of waiting.
      await makeDeliveryDueNow(id);
      const before = Date.now();
      expect(await deliverDueMessages()).toBe(1);
      const row = await db().outboundMessage.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({
        attempts: attempt,
        status: attempt < MAX_DELIVERY_ATTEMPTS ? "PENDING" : "FAILED",
        caseId: paper.id,
        sentAt: null,
      });
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      delays.push(row.nextAttemptAt.getTime() - before);
      // The next try is a job of its own, due when the row says.
      const next = await queuedJobs("deliver-message");
      if (attempt < MAX_DELIVERY_ATTEMPTS) {
        expect(next).toEqual([expect.objectContaining({ key: deliveryJobKey(id), payload: { messageId: id } })]);
        expect(next[0].runAt.getTime()).toBe(row.nextAttemptAt.getTime());
      } else {
        expect(next).toEqual([]);
      }
    }
    // Each wait is about twice the one before (1 s, 2 s, 4 s, …), capped at an hour.
    for (let i = 1; i < delays.length; i++) {
      expect(delays[i]).toBeGreaterThanOrEqual(Math.min(2 * delays[i - 1] - 500, 3_600_000 - 500));
    }
    expect(delays[0]).toBeGreaterThanOrEqual(900);
    expect(delays[0]).toBeLessThan(2000);
    // Given up: not tried again, kept with its case for the officer console.
    await sink.start();
    await makeDeliveryDueNow(id);
    expect(await deliverDueMessages()).toBe(0);
    expect(
      await db().outboundMessage.findMany({ where: { caseId: paper.id, status: "FAILED" }, select: { id: true, template: true } }),
    ).toEqual([{ id, template: "case-update" }]);
    expect(sink.messages("alerted@example.com")).toHaveLength(0);
  });

  it("keeps email in the local outbox when no SMTP_URL is set", async () => {
    const id = await emailCode("local@example.com", "111333");
    expect(await deliverDueMessages()).toBe(1);
    const row = await db().outboundMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "KEPT_LOCAL", attempts: 0 });
    expect(row.body).toContain("111333");
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(sink.messages()).toHaveLength(0);
    expect(await deliverDueMessages()).toBe(0);
  });

  it("sends text messages through the twilio SDK, and keeps them locally without Twilio", async () => {
    await db().$transaction((tx) => enqueueSms(tx, "+12025550143", "verification-code", { code: "864200" }));
    await deliverDueMessages();
    expect(await db().outboundMessage.findFirstOrThrow({ where: { to: "+12025550143" } })).toMatchObject({ status: "KEPT_LOCAL" });

    useTwilio();
    await db().$transaction((tx) => enqueueSms(tx, "+12025550199", "verification-code", { code: "975310" }));
    expect(await deliverDueMessages()).toBe(1);
    const row = await db().outboundMessage.findFirstOrThrow({ where: { to: "+12025550199" } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, body: null });
    const sms = await twilio.waitForMessage((m) => m.to === "+12025550199", 5000);
    expect(sms.from).toBe("+15005550006");
    expect(sms.body).toMatch(/^975310 is your .* portal verification code/);
  });

  it("keeps a text message PENDING while Twilio cannot be reached, and sends it once it can", async () => {
    useTwilio();
    process.env.OUTBOX_RETRY_BASE_MS = "60000";
    resetEnvCache();
    await db().$transaction((tx) => enqueueSms(tx, "+12025550111", "verification-code", { code: "555111" }));
    const id = (await db().outboundMessage.findFirstOrThrow({ where: { to: "+12025550111" } })).id;
    await twilio.stop();
    try {
      await deliverDueMessages();
      const row = await db().outboundMessage.findFirstOrThrow({ where: { to: "+12025550111" } });
      expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: expect.any(String) });
      expect(row.body).toContain("555111");
    } finally {
      await twilio.start();
    }
    await makeDeliveryDueNow(id);
    expect(await deliverDueMessages()).toBe(1);
    expect(await db().outboundMessage.findFirstOrThrow({ where: { to: "+12025550111" } })).toMatchObject({ status: "SENT", attempts: 2 });
    expect((await twilio.waitForMessage((m) => m.to === "+12025550111", 5000)).body).toContain("555111");
  });

  it("takes back a claim left by a crashed worker once it has lapsed (the minute's sweep queues it again)", async () => {
    useSmtp();
    const id = await emailCode("stale@example.com");
    await db().outboundMessage.update({ where: { id }, data: { status: "SENDING", lockedUntil: new Date(Date.now() + 60_000) } });
    // Another instance holds the claim: this job leaves the message alone.
    expect(await deliverDueMessages()).toBe(0);
    expect(await requeueStalledMessages()).toBe(0);
    await db().$executeRaw`UPDATE "OutboundMessage" SET "lockedUntil" = now() - interval '1 second' WHERE id = ${id}::uuid`;
    expect(await requeueStalledMessages()).toBe(1);
    expect(await deliverDueMessages()).toBe(1);
    expect((await db().outboundMessage.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
    expect(sink.messages("stale@example.com")).toHaveLength(1);
  });

  it("queues again a message whose job is held by an instance that was killed, and sends it once", async () => {
    useSmtp();
    const id = await emailCode("killed@example.com");
    const claimSeconds = env().OUTBOX_CLAIM_MS / 1000;
    await db()
      .$executeRaw`UPDATE "OutboundMessage" SET "nextAttemptAt" = now() - make_interval(secs => ${claimSeconds + 60}::double precision) WHERE id = ${id}::uuid`;
    // A worker has just taken the job: it is about to claim the message, so the sweep waits.
    await db()
      .$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'killed-instance' WHERE key = ${deliveryJobKey(id)}`;
    expect(await requeueStalledMessages()).toBe(0);
    // That worker died: its lock is older than a claim lasts (the queue itself would keep it 4 hours).
    await db()
      .$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now() - make_interval(secs => ${claimSeconds + 1}::double precision)
      WHERE key = ${deliveryJobKey(id)}`;
    expect(await deliverDueMessages()).toBe(0);
    expect(await requeueStalledMessages()).toBe(1);
    expect(await deliverDueMessages()).toBe(1);
    expect(sink.messages("killed@example.com")).toHaveLength(1);
    // When the dead worker's job is finally released, it finds the message sent and sends nothing.
    await db().$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = NULL, locked_by = NULL`;
    expect(await deliverDueMessages()).toBe(0);
    expect(sink.messages("killed@example.com")).toHaveLength(1);
  });

  it("leaves alone a message whose job is waiting its turn, however long it has been due", async () => {
    useSmtp();
    const id = await emailCode("waiting@example.com");
    await db().$executeRaw`UPDATE "OutboundMessage" SET "nextAttemptAt" = now() - interval '1 hour' WHERE id = ${id}::uuid`;
    expect(await requeueStalledMessages()).toBe(0);
    // Its job is gone (deleted by hand, a restore): the sweep queues it again.
    await db().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${deliveryJobKey(id)}`;
    expect(await requeueStalledMessages()).toBe(1);
    expect(await deliverDueMessages()).toBe(1);
    expect(sink.messages("waiting@example.com")).toHaveLength(1);
  });

  it("adds a message's delivery job in the caller's transaction: a rollback leaves neither", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await enqueueEmail(tx, "rolled-back@example.com", "verification-code", { code: "123123" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().outboundMessage.count({ where: { to: "rolled-back@example.com" } })).toBe(0);
    expect(await queuedJobs("deliver-message")).toEqual([]);

    const id = await emailCode("committed@example.com");
    expect(await queuedJobs("deliver-message")).toEqual([expect.objectContaining({ key: deliveryJobKey(id), payload: { messageId: id } })]);
  });

  it("two workers at once deliver each message exactly once", async () => {
    useSmtp();
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await emailCode(`parallel${i}@example.com`, String(100000 + i)));
    const handled = await Promise.all([deliverDueMessages(), deliverDueMessages(), deliverDueMessages()]);
    expect(handled.reduce((a, b) => a + b, 0)).toBe(6);
    expect(sink.messages()).toHaveLength(6);
    expect(await db().outboundMessage.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(6);
  });

  it("backs off exponentially from OUTBOX_RETRY_BASE_MS, capped at an hour", () => {
    process.env.OUTBOX_RETRY_BASE_MS = "5000";
    resetEnvCache();
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });

  it("delivers due messages on a database whose time zone is not UTC", async () => {
    useSmtp();
    // A database whose default time zone is west of UTC (as a server set up with a local zone
    // would be); the portal's connections must still agree with now().
    await dropClient();
    process.env.DATABASE_POOL_MAX = "1";
    resetEnvCache();
    await db().$executeRawUnsafe(
      `DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET TimeZone = %L', current_database(), 'America/New_York'); END $$`,
    );
    await dropClient();
    try {
      const zone = await db().$queryRawUnsafe<{ TimeZone: string }[]>("SHOW TimeZone");
      expect(zone[0].TimeZone).toBe("UTC");
      const id = await emailCode("zone@example.com", "777888");
      expect(await deliverDueMessages()).toBe(1);
      expect((await db().outboundMessage.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
    } finally {
      await db().$executeRawUnsafe(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET TimeZone', current_database()); END $$`);
      await dropClient();
    }
  });
});
