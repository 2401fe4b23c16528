import pg from "pg";
import { logger } from "../logger";

/** The job queue's own connections (not Prisma's), with the error handlers graphile-worker asks for. */
export function queuePool(connectionString: string | undefined, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, options: "-c TimeZone=UTC" });
  const onError = (error: Error) => logger.warn({ err: error.message }, "job queue connection error");
  pool.on("error", onError);
  pool.on("connect", (client) => client.on("error", onError));
  return pool;
}
