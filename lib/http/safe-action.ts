import "server-only";
import { unstable_rethrow } from "next/navigation";
import { logger } from "../logger";
import { fail, type ActionResult } from "../result";
import { requestInfo } from "./request-info";

/**
 * Runs an action's body; anything unexpected becomes a generic message for the person and a log
 * line with the request id (redirects and other Next.js control flow pass through).
 */
export async function safeAction<T extends object>(body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    unstable_rethrow(error);
    const { requestId } = await requestInfo().catch(() => ({ requestId: null }));
    logger.error({ requestId, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, "action failed");
    return fail(
      "unexpected",
      `Something went wrong on our side and nothing was changed. Please try again in a moment.${requestId ? ` If it keeps happening, contact us and mention reference ${requestId.slice(0, 8)}.` : ""}`,
    );
  }
}
