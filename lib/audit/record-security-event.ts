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
  | "sign_out"
  | "sign_in.locked"
  | "sign_in.refused_locked"
  | "sign_in.rate_limited"
  | "sign_in.backup_code_used"
  | "mfa.locked"
  | "reauth.succeeded"
  | "password.changed"
  | "password.reset_requested"
  | "password.reset_answers_failed"
  | "password.reset_answers_passed"
  | "password.reset"
  | "not_me.reported"
  | "session.ended"
  | "sessions.ended_others"
  | "email.change_requested"
  | "email.changed"
  | "email.restored"
  | "phone.changed"
  | "mfa.method_removed"
  | "passkey.added"
  | "passkey.removed"
  | "backup_code.regenerated"
  | "security_questions.changed"
  | "contact.updated"
  | "case.linked"
  | "officer.invited"
  | "alerts.changed"
  | "representative_profile.saved"
  | "representative.verified"
  | "time_zone.changed";

export async function recordSecurityEvent(
  tx: Tx,
  userId: string,
  kind: SecurityEventKind,
  info: Pick<RequestInfo, "ip" | "userAgent">,
  detail?: Record<string, string | number | boolean>,
): Promise<void> {
  await tx.securityEvent.create({ data: { userId, kind, ip: info.ip, userAgent: info.userAgent, detail } });
}
