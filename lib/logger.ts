import pino from "pino";
import { currentRequestId } from "./http/request-context";

// Structured logs (one JSON object a line) to stdout, each with the id of the request it was written
// for. Never log secrets: codes, tokens, passwords, answers, keys; the paths below are removed
// wherever a caller puts them by mistake.
const SECRET_KEYS = ["password", "newPassword", "code", "token", "secret", "answer", "answers", "backupCode", "authorization", "cookie"];

export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`)], remove: true },
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger(process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"));

/**
 * Sends what Next.js and libraries write with console.* through the logger, so every line is
 * structured and carries the request id (production servers only; development keeps its colours).
 */
export function routeConsoleToLogger(): void {
  const toLine = (args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    const text = args
      .filter((arg) => arg !== error)
      .map((arg) => (typeof arg === "string" ? arg : safeJson(arg)))
      .join(" ");
    return { error, text: text || error?.message || "" };
  };
  const write =
    (level: "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const { error, text } = toLine(args);
      if (error) logger[level]({ err: { message: error.message, stack: error.stack } }, text);
      else logger[level](text);
    };
  console.log = write("info");
  console.info = write("info");
  console.warn = write("warn");
  console.error = write("error");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
