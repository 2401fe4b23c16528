import "server-only";
import { actorOf, isOfficer, type Actor } from "../../auth/roles";
import { msg } from "../../i18n/message-ref";
import type { CurrentSession } from "../../sessions/sessions";

/**
 * The officer behind a session, or null unless it is a fully signed-in officer. Every console
 * function checks this itself, beside the route's officerContext(), and does nothing without it.
 */
export function officerOf(session: CurrentSession | null | undefined): Actor | null {
  return isOfficer(session) ? actorOf(session) : null;
}

export const NOT_FOUND_MESSAGE = msg("agency.errors.notFound");
