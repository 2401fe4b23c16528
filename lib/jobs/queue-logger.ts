import { Logger, type LogLevel } from "graphile-worker";
import { logger } from "../logger";

// graphile-worker's log lines through the portal's structured logger (lib/logger.ts).
const LEVELS: Record<LogLevel, "error" | "warn" | "info" | "debug"> = { error: "error", warning: "warn", info: "info", debug: "debug" };

export const queueLogger = new Logger((scope) => (level, message, meta) => {
  logger[LEVELS[level] ?? "info"](
    {
      queue: scope.label,
      task: scope.taskIdentifier,
      jobId: scope.jobId,
      ...(meta?.error ? { err: String((meta.error as Error).message ?? meta.error) } : {}),
    },
    message,
  );
});
