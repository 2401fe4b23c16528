import "server-only";
import type { Officer } from "../../audit/record-officer-action";
import type { CurrentSession } from "../../sessions/sessions";

/**
 * The officer behind a session, or null unless it is a fully signed-in officer. Every console
 * function checks this itself, beside the route's requireOfficer(), and does nothing without it.
 */
export function officerOf(session: CurrentSession | null | undefined): Officer | null {
  if (!session || session.level !== "FULL" || session.user.role !== "OFFICER") return null;
  return { id: session.user.id };
}

export const NOT_FOUND_MESSAGE = "That page or case was not found.";

/** A form field as text, cut to `max` characters (anything that is not text reads as empty). */
export function formText(value: unknown, max: number): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}
