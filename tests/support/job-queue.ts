// Runs the job queue from an integration test: every job that is due now, through graphile-worker
// itself (runOnce: until nothing is due), with the portal's own task handlers. Returns how many
// messages a delivery job actually took (a job that found its message not due counts 0).
import { Logger, runOnce } from "graphile-worker";
import { db } from "@/lib/db";
import { queuePool } from "@/lib/jobs/queue-pool";
import { QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";
import { TASKS } from "@/lib/jobs/tasks";
import { deliverMessage, deliveryJobKey } from "@/lib/notify/deliver";

const quiet = new Logger(() => () => {});

export async function runDueJobs(): Promise<number> {
  let delivered = 0;
  const pool = queuePool(process.env.DATABASE_URL, 2);
  try {
    await runOnce({
      pgPool: pool,
      schema: QUEUE_SCHEMA,
      noHandleSignals: true,
      noPreparedStatements: true,
      logger: quiet,
      taskList: {
        ...TASKS,
        "deliver-message": async (payload) => {
          const outcome = await deliverMessage((payload as { messageId: string }).messageId);
          if (outcome !== "not-due") delivered++;
        },
      },
    });
  } finally {
    await pool.end();
  }
  return delivered;
}

export type QueuedJob = {
  task: string;
  key: string | null;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  payload: unknown;
};

/** The jobs in the queue, oldest first. */
export async function queuedJobs(task?: string): Promise<QueuedJob[]> {
  const rows = await db().$queryRaw<QueuedJob[]>`
    SELECT tasks.identifier AS task, jobs.key, jobs.run_at AS "runAt", jobs.attempts::int AS attempts,
           jobs.max_attempts::int AS "maxAttempts", jobs.last_error AS "lastError", jobs.payload
    FROM graphile_worker._private_jobs AS jobs JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    ORDER BY jobs.id`;
  return task ? rows.filter((row) => row.task === task) : rows;
}

/** Makes a message's next try, and its delivery job, due now instead of waiting for the backoff. */
export async function makeDeliveryDueNow(messageId: string): Promise<void> {
  await db().$executeRaw`UPDATE "OutboundMessage" SET "nextAttemptAt" = now() - interval '1 millisecond' WHERE id = ${messageId}::uuid`;
  await db()
    .$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() - interval '1 millisecond' WHERE key = ${deliveryJobKey(messageId)}`;
}

/** Makes every waiting job of a task due now, as if its delay had passed. */
export async function makeJobsDueNow(task: string): Promise<void> {
  await db().$executeRaw`
    UPDATE graphile_worker._private_jobs SET run_at = now() - interval '1 millisecond'
    WHERE task_id = (SELECT id FROM graphile_worker._private_tasks WHERE identifier = ${task})`;
}
