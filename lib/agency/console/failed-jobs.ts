import "server-only";
import { z } from "zod";
import { zField } from "../../actions/form-input";
import { recordOfficerAction } from "../../audit/record-officer-action";
import { db } from "../../db";
import { msg } from "../../i18n/message-ref";
import { fail, type ActionResult } from "../../result";
import type { CurrentSession } from "../../sessions/sessions";
import { NOT_FOUND_MESSAGE, officerOf } from "./officer-only";

// Background jobs (lib/jobs) that failed on every attempt the queue allows, listed for officers
// beside the undelivered alerts, with a way to run one again. Failed jobs stay in the queue's own
// table (graphile_worker) until run again; delivery failures are counted on the message instead
// and show as undelivered alerts.

export const FAILED_JOBS_PAGE_SIZE = 50;

/** The task's name as the queue knows it (named in words by agency.alerts.task), and what part of it ran, if it says. */
export type FailedJob = { id: string; task: string; what: string | null; attempts: number; lastError: string | null; failedAt: Date };

export async function failedJobs(session: CurrentSession): Promise<{ jobs: FailedJob[]; total: number } | null> {
  if (!officerOf(session)) return null;
  const [rows, [count]] = await Promise.all([
    db().$queryRaw<{ id: string; task: string; what: string | null; attempts: number; lastError: string | null; failedAt: Date }[]>`
      SELECT jobs.id::text AS id, tasks.identifier AS task, jobs.payload->>'what' AS what, jobs.attempts::int AS attempts,
             jobs.last_error AS "lastError", jobs.updated_at AS "failedAt"
      FROM graphile_worker._private_jobs AS jobs JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
      WHERE jobs.attempts >= jobs.max_attempts AND jobs.locked_at IS NULL
      ORDER BY jobs.updated_at DESC, jobs.id DESC
      LIMIT ${FAILED_JOBS_PAGE_SIZE}`,
    db().$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM graphile_worker._private_jobs WHERE attempts >= max_attempts AND locked_at IS NULL`,
  ]);
  return {
    jobs: rows.map((row) => ({
      id: row.id,
      task: row.task,
      what: row.what ? row.what.replace(/-/g, " ") : null,
      attempts: row.attempts,
      // Only the first line: the message, never a stack.
      lastError: row.lastError?.split("\n")[0].slice(0, 300) ?? null,
      failedAt: row.failedAt,
    })),
    total: count?.total ?? 0,
  };
}

export const zRetryJob = z.object({ jobId: zField() });
export type RetryJobInput = z.output<typeof zRetryJob>;

/** Gives a failed job a fresh set of attempts, starting now; audited "job.retried". */
export async function retryFailedJob(session: CurrentSession, input: RetryJobInput): Promise<ActionResult<{ message: string }>> {
  const officer = officerOf(session);
  if (!officer) return fail("not_found", NOT_FOUND_MESSAGE);
  const gone = fail("not_failed", msg("agency.alerts.jobNotWaiting"));
  if (!/^\d{1,18}$/.test(input.jobId)) return gone;
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ task: string }[]>`
      UPDATE graphile_worker._private_jobs AS jobs SET attempts = 0, run_at = now(), last_error = NULL, updated_at = now()
      FROM graphile_worker._private_tasks AS tasks
      WHERE jobs.id = ${input.jobId}::bigint AND tasks.id = jobs.task_id AND jobs.attempts >= jobs.max_attempts AND jobs.locked_at IS NULL
      RETURNING tasks.identifier AS task`;
    if (rows.length !== 1) return gone;
    await recordOfficerAction(tx, officer, "job.retried", null, { jobId: input.jobId, task: rows[0].task });
    return { ok: true as const, message: msg("agency.alerts.jobWillRun") };
  });
}
