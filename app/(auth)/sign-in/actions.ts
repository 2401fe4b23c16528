"use server";

import { redirect } from "next/navigation";
import { passwordOnlyAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { signedInHome } from "@/lib/sessions/home-for";
import { completeSecondStep, sendSignInCode, zSecondStepCode, zSendSignInCode } from "@/lib/auth/second-step";
import { passwordStep, passwordStepBody } from "./password-step";

/** The password step without JavaScript; with it, the form posts to ./password/route.ts. */
export const signInAction = passwordStep.action(passwordStepBody);

export const sendCodeAction = passwordOnlyAction
  .input(zSendSignInCode)
  .action(async ({ ctx, input }) => sendSignInCode(ctx.session, input));

export const verifySignInCodeAction = passwordOnlyAction.input(zSecondStepCode).action<object>(async ({ ctx, input }) => {
  const result = await completeSecondStep(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect(signedInHome(ctx.session.user.role));
});
