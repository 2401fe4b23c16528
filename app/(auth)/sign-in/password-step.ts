import "server-only";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { signInWithPassword, zSignInAttempt } from "@/lib/auth/sign-in";

// The password step, served two ways from the one chain: as the route POST /sign-in/password that
// the form uses once its script runs, and as the form's server action without JavaScript.

export const passwordStep = publicAction.input(zSignInAttempt);

export const passwordStepBody: Parameters<typeof passwordStep.action<object>>[0] = async ({ ctx, input }) => {
  const result = await signInWithPassword(input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect(result.level === "REGISTRATION" ? "/sign-up/continue" : "/sign-in/verify");
};
