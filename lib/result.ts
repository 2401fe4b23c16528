// One result shape for every action (Login.gov's FormResponse): success, or a stable error code,
// a human message, per-field messages for the error summary, and the values to show again.

export type FieldErrors = Record<string, string>;

export type ActionError = {
  ok: false;
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
};

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionError;

export function fail(code: string, message: string, extra: Omit<ActionError, "ok" | "code" | "message"> = {}): ActionError {
  return { ok: false, code, message, ...extra };
}

/** A result carrying field errors: the summary message and one message per field. */
export function invalid(fieldErrors: FieldErrors, values?: Record<string, string>): ActionError {
  return fail("invalid_input", "There is a problem with what you entered. Check the fields below.", { fieldErrors, values });
}

/** The first message per field from a zod error. */
export function fieldErrorsFrom(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
