import "server-only";
import { parseCronItems, run } from "graphile-worker";
import { embeddedDatabase, env } from "../env";
import { logger } from "../logger";
import { queueLogger } from "./queue-logger";
import { queuePool } from "./queue-pool";
import { QUEUE_SCHEMA } from "./queue-schema";
import { SCHEDULE } from "./schedule";
import { TASKS } from "./tasks";
import { claimWorkerSlot, setWorkerHandle } from "./worker-handle";

// The job worker inside each server instance (started from instrumentation.ts, stopped by
// server.ts on SIGTERM through stopJobWorker in worker-handle.ts). Instances share the work through
// the queue's tables; on PostgreSQL a LISTEN wakes them when a job is added, and they also look
// every OUTBOX_POLL_MS for jobs that come due (retries, reminders).
//
// The embedded database (PGlite) is one PostgreSQL session behind a socket server that serialises
// its clients: the worker runs there with one job at a time, without named prepared statements
// (they would be shared between the connections), and finds new jobs by polling alone, since
// notifications reach whichever connection happens to be asking.

export async function startJobWorker(): Promise<void> {
  if (!claimWorkerSlot()) return;
  const { DATABASE_URL, JOB_CONCURRENCY, OUTBOX_POLL_MS } = env();
  const embedded = embeddedDatabase();
  const concurrency = embedded ? 1 : JOB_CONCURRENCY;
  const pool = queuePool(DATABASE_URL, concurrency + 2);
  try {
    const runner = await run({
      pgPool: pool,
      schema: QUEUE_SCHEMA,
      concurrency,
      pollInterval: OUTBOX_POLL_MS,
      noHandleSignals: true,
      noPreparedStatements: embedded,
      logger: queueLogger,
      taskList: TASKS,
      parsedCronItems: parseCronItems(SCHEDULE.map(({ task, match, identifier, payload }) => ({ task, match, identifier, payload }))),
    });
    setWorkerHandle({
      stop: async () => {
        await runner.stop();
        await pool.end();
      },
    });
  } catch (error) {
    setWorkerHandle(undefined);
    await pool.end().catch(() => {});
    logger.error({ err: (error as Error).message }, "the job worker did not start");
  }
}
