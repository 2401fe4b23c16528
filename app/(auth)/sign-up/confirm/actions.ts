"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { confirmEmail, zConfirmEmail } from "@/lib/registration/confirm-email";
import { pathForStep } from "@/lib/registration/steps";

export const confirmEmailAction = publicAction.input(zConfirmEmail).action<object>(async ({ ctx, input }) => {
  const outcome = await confirmEmail(input.token, ctx.request, input.accountType);
  if (!outcome.ok) redirect(`/sign-up/confirm?state=${outcome.state}`);
  await startBrowserSession(outcome.sessionToken);
  redirect(pathForStep(outcome.step));
});
