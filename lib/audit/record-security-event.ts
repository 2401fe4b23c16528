import "server-only";
import type { Tx } from "../db";
import type { RequestInfo } from "../http/request-info";

export type SecurityEventKind =
  | "sign_up.started"
  | "email.confirmed"
  | "terms.accepted"
  | "password.set"
  | "mfa.method_added"
  | "mfa.verified"
  | "mfa.code_failed"
  | "backup_code.issued"
  | "security_questions.set"
  | "sign_up.completed"
  | "sign_in.succeeded"
  | "sign_in.password_failed"
  | "sign_out";

export async function recordSecurityEvent(
  tx: Tx,
  userId: string,
  kind: SecurityEventKind,
  info: Pick<RequestInfo, "ip" | "userAgent">,
  detail?: Record<string, string | number | boolean>,
): Promise<void> {
  await tx.securityEvent.create({ data: { userId, kind, ip: info.ip, userAgent: info.userAgent, detail } });
}
