import { msg } from "./i18n/message-ref";
// One result shape for every action (Login.gov's FormResponse): success, or a stable error code,
// a human message, per-field messages for the error summary, and the values to show again.

/** Every expected refusal an action can return. Client code matches on these, checked by tsc. */
export const ERROR_CODES = [
  "already_answered",
  "already_ended",
  "already_linked",
  "already_represented",
  "already_submitted",
  "answers_first",
  "ceremony_failed",
  "code_locked",
  "current_session",
  "email_taken",
  "invalid_input",
  "last_method",
  "link_expired",
  "link_failed",
  "link_unknown",
  "link_unusable",
  "link_used",
  "locked_out",
  "no_documents",
  "no_match",
  "no_passkey",
  "not_allowed",
  "not_applicable",
  "not_failed",
  "not_found",
  "not_ready",
  "nothing_pending",
  "out_of_order",
  "passkey_exists",
  "passkey_expired",
  "passkey_failed",
  "passkey_not_added",
  "pow_required",
  "rate_limited",
  "reauth_required",
  "reset_required",
  "service_unavailable",
  "sign_in_failed",
  "sign_in_paused",
  "too_many_passkeys",
  "unexpected",
  "wrong_answers",
  "wrong_code",
  "wrong_step",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldErrors = Record<string, string>;

export type ActionError = {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
};

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionError;

/** What a form holds between submissions: nothing yet, or the last result (success keeps its T). */
export type FormState<T extends object = object> = ActionResult<T> | null;

/** What an action served as a route (ActionClient's `route()`) answers when its body redirects. */
export type RouteRedirect = { ok: true; redirectTo: string };

/** A server action as a form calls it through useActionState. */
export type FormAction<T extends object = object> = (state: FormState<T>, form: FormData) => Promise<FormState<T>>;

export function fail(code: ErrorCode, message: string, extra: Omit<ActionError, "ok" | "code" | "message"> = {}): ActionError {
  return { ok: false, code, message, ...extra };
}

export const INVALID_INPUT_MESSAGE = msg("common.errors.invalidInput");

/** A result carrying field errors: the summary message and one message per field. */
export function invalid(fieldErrors: FieldErrors, values?: Record<string, string>): ActionError {
  return fail("invalid_input", INVALID_INPUT_MESSAGE, { fieldErrors, values });
}

/** The first message per field from a zod error. */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
