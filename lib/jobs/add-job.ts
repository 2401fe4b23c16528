import "server-only";
import type { Tx } from "../db";

// Jobs are added with graphile-worker's add_job SQL function inside the caller's Prisma
// transaction: a job exists exactly when the change that caused it commits (a rollback adds none).

/** Every task the worker runs (lib/jobs/tasks.ts) and the payload each one takes. */
export type JobPayloads = {
  "deliver-message": { messageId: string };
  "requeue-stalled-messages": Record<string, never>;
  "send-reminders": Record<string, never>;
  "expire-drafts": Record<string, never>;
  "submit-paid-filing": { filingId: string };
  purge: { what: PurgeKind };
};
export type TaskName = keyof JobPayloads;
export type PurgeKind = "sessions" | "tokens-and-codes" | "rate-limits" | "unknown-sign-ins" | "message-bodies";

export type JobOptions = {
  /** When it may run first (default now). */
  runAt?: Date;
  /** At most one waiting job per key: adding again replaces the waiting one (a running one is left alone). */
  jobKey?: string;
  maxAttempts?: number;
};

export async function addJob<T extends TaskName>(tx: Tx, task: T, payload: JobPayloads[T], options: JobOptions = {}): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${task}::text,
    payload := ${JSON.stringify(payload)}::json,
    run_at := ${options.runAt ?? null}::timestamptz,
    max_attempts := ${options.maxAttempts ?? null}::int,
    job_key := ${options.jobKey ?? null}::text
  )`;
}
