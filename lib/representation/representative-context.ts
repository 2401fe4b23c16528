import "server-only";
import { redirect } from "next/navigation";
import { ActionClient } from "../actions/action-client";
import { localizeForRequest } from "../actions/clients";
import { representativeContext, type SessionContext } from "../actions/contexts";
import { hasRepresentativeProfile } from "./profile";

// A representative's pages and actions other than the profile itself: a representative who has not
// filled in their profile is sent to it before anything else (clients see these details).

export const PROFILE_PATH = "/representative/profile";

/** A representative's page: their full session and a profile on file; else off to where they belong. */
export async function representativeWithProfileContext(): Promise<SessionContext> {
  const context = await representativeContext();
  if (!(await hasRepresentativeProfile(context.actor))) redirect(PROFILE_PATH);
  return context;
}

/** A representative's action (not the profile's own): the same checks as their pages. */
export const representativeWithProfileAction = new ActionClient(representativeWithProfileContext, [], localizeForRequest);
