"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { startSignUp, zStartSignUp } from "@/lib/registration/start-sign-up";

export const signUpAction = publicAction.input(zStartSignUp).action(async ({ ctx, input }) => {
  const result = await startSignUp(input, ctx.request);
  if (result.ok) redirect("/sign-up/check-email");
  return result;
});
