"use server";

import { redirect } from "next/navigation";
import { passwordOnlyAction, publicAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { signedInHome } from "@/lib/sessions/home-for";
import { completeSecondStep, sendSignInCode, zSecondStepCode, zSendSignInCode } from "@/lib/auth/second-step";
import { signInWithPassword, zSignInAttempt } from "@/lib/auth/sign-in";

export const signInAction = publicAction.input(zSignInAttempt).action<object>(async ({ ctx, input }) => {
  const result = await signInWithPassword(input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect(result.level === "REGISTRATION" ? "/sign-up/continue" : "/sign-in/verify");
});

export const sendCodeAction = passwordOnlyAction
  .input(zSendSignInCode)
  .action(async ({ ctx, input }) => sendSignInCode(ctx.session, input));

export const verifySignInCodeAction = passwordOnlyAction.input(zSecondStepCode).action<object>(async ({ ctx, input }) => {
  const result = await completeSecondStep(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect(signedInHome(ctx.session.user.role));
});
