import "server-only";
import { redirect } from "next/navigation";
import { currentSession } from "../auth/current-session";
import type { CurrentSession } from "../sessions/sessions";
import { homeFor } from "../sessions/home-for";
import type { SignUpStep } from "./steps";

/**
 * For each sign-up page and action: the session of a person who is on exactly this step. Anyone
 * else goes to the step they are on (or to sign-in if they have no session).
 */
export async function requireSignUpStep(step: SignUpStep): Promise<CurrentSession> {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=continue-sign-up");
  if (session.level !== "REGISTRATION" || session.user.registrationStep !== step) redirect(homeFor(session));
  return session;
}
