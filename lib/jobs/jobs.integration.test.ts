import { parseCronItems } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { failedJobs, retryFailedJob } from "@/lib/agency/console/failed-jobs";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { enqueueEmail } from "@/lib/notify/enqueue";
import { officer, sessionFor, createUser } from "@/tests/support/factories";
import { queuedJobs, runDueJobs } from "@/tests/support/job-queue";
import { addJob } from "./add-job";
import { SCHEDULE } from "./schedule";
import { startJobWorker } from "./worker";
import { stopJobWorker } from "./worker-handle";

describe("the job queue", () => {
  it("has a valid schedule with a task for every entry", () => {
    const items = parseCronItems(SCHEDULE.map(({ task, match, identifier, payload }) => ({ task, match, identifier, payload })));
    expect(items.map((item) => item.identifier)).toEqual([
      "requeue-stalled-messages",
      "send-reminders",
      "expire-drafts",
      "purge-sessions",
      "purge-tokens-and-codes",
      "purge-rate-limits",
      "purge-unknown-sign-ins",
      "purge-message-bodies",
    ]);
  });

  it("runs every scheduled task to completion (nothing left failed)", async () => {
    await db().$transaction(async (tx) => {
      for (const entry of SCHEDULE) await addJob(tx, entry.task, entry.payload as never, { maxAttempts: 1 });
    });
    expect(await queuedJobs()).toHaveLength(SCHEDULE.length);
    await runDueJobs();
    expect(await queuedJobs()).toEqual([]);
  });

  it("adds no job when the transaction that added it rolls back", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await addJob(tx, "send-reminders", {});
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await queuedJobs()).toEqual([]);
  });

  it("lists a job that failed every attempt for officers, who can run it again (audited)", async () => {
    // A purge the worker does not know fails each time it runs.
    await db().$transaction((tx) => addJob(tx, "purge", { what: "nothing-like-this" as never }, { maxAttempts: 1 }));
    await runDueJobs();
    const { session } = await officer();
    const list = await failedJobs(session);
    expect(list).toEqual({
      total: 1,
      jobs: [
        expect.objectContaining({
          task: "purge",
          what: "nothing like this",
          attempts: 1,
          lastError: expect.stringContaining("unknown kind"),
        }),
      ],
    });
    const applicant = await createUser("COMPLETE");
    expect(await failedJobs(await sessionFor(applicant.id, "FULL"))).toBeNull();
    expect(await retryFailedJob(await sessionFor(applicant.id, "FULL"), { jobId: list!.jobs[0].id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await retryFailedJob(session, { jobId: "not-a-number" })).toMatchObject({ ok: false, code: "not_failed" });

    expect(await retryFailedJob(session, { jobId: list!.jobs[0].id })).toMatchObject({ ok: true });
    expect(await failedJobs(session)).toEqual({ total: 0, jobs: [] });
    expect(await queuedJobs("purge")).toEqual([expect.objectContaining({ attempts: 0, lastError: null })]);
    expect(await db().auditLog.findFirst({ where: { action: "job.retried" }, select: { actorId: true } })).toEqual({
      actorId: session.user.id,
    });
    // Not twice.
    expect(await retryFailedJob(session, { jobId: list!.jobs[0].id })).toMatchObject({ ok: false, code: "not_failed" });
  });

  it("the server's worker delivers a message queued in a transaction, and stops cleanly", async () => {
    process.env.OUTBOX_POLL_MS = "100";
    resetEnvCache();
    await startJobWorker();
    try {
      await db().$transaction((tx) => enqueueEmail(tx, "worker@example.com", "verification-code", { code: "424242" }));
      await expect
        .poll(async () => (await db().outboundMessage.findFirstOrThrow({ where: { to: "worker@example.com" } })).status, {
          timeout: 15_000,
        })
        .toBe("KEPT_LOCAL");
    } finally {
      await stopJobWorker();
    }
    // Stopped: stopping again is a no-op, and the next start takes the slot again.
    await stopJobWorker();
  });
});
