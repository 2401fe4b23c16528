import "server-only";
import { redirect } from "next/navigation";
import { safeAction } from "../http/safe-action";
import type { ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { applicantContext } from "../actions/contexts";

/**
 * The body of a settings action: a full session, and when the change is refused for want of a
 * recent second step, off to the re-check, which comes back to `returnTo`. On success, `done`
 * (if given) says where to go next.
 */
export async function settingsAction<T extends object>(
  returnTo: string,
  body: (session: CurrentSession) => Promise<ActionResult<T>>,
  done?: string,
): Promise<ActionResult<T>> {
  return safeAction(async () => {
    const result = await body((await applicantContext()).session);
    if (!result.ok && result.code === "reauth_required") redirect(`/settings/verify?next=${encodeURIComponent(returnTo)}`);
    if (result.ok && done) redirect(done);
    return result;
  });
}
