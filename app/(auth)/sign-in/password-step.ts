import "server-only";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import type { PublicContext } from "@/lib/actions/contexts";
import { startBrowserSession } from "@/lib/auth/current-session";
import { signInWithPassword, zSignInAttempt, type SignInAttempt, type SignInFailure } from "@/lib/auth/sign-in";

// The password step, served two ways from the one chain: as the route POST /sign-in/password that
// the form uses once its script runs, and as the form's server action without JavaScript.

export const passwordStep = publicAction.input(zSignInAttempt);

/** A refusal to show, or on to the second step (or to the sign-up step the person stopped at). */
export async function passwordStepBody({ ctx, input }: { ctx: PublicContext; input: SignInAttempt }): Promise<SignInFailure> {
  const result = await signInWithPassword(input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect(result.level === "REGISTRATION" ? "/sign-up/continue" : "/sign-in/verify");
}
