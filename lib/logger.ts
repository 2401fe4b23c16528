import pino from "pino";

// Structured logs to stdout. Never log secrets: codes, tokens, passwords, answers.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: ["password", "code", "token", "*.password", "*.code", "*.token"],
});
