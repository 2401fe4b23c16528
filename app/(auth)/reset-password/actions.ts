"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { checkResetAnswers, zResetAnswers } from "@/lib/recovery/check-reset-answers";
import { setNewPassword, zSetNewPassword } from "@/lib/recovery/set-new-password";

export const resetAnswersAction = publicAction.input(zResetAnswers).action(async ({ ctx, input }) => {
  const result = await checkResetAnswers(input.token, input.answers, ctx.request);
  if (result.ok) redirect(`/reset-password?token=${input.token}`);
  if ("state" in result) redirect(`/reset-password?state=${result.state}`);
  return result;
});

export const newPasswordAction = publicAction.input(zSetNewPassword).action(async ({ ctx, input }) => {
  const result = await setNewPassword(input.token, input, ctx.request);
  if (result.ok) redirect("/reset-password/done");
  if ("state" in result) redirect(`/reset-password?state=${result.state}`);
  if (result.code === "answers_first") redirect(`/reset-password?token=${input.token}`);
  return result;
});
