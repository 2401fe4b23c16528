"use server";

import { signUpStepAction } from "@/lib/actions/clients";
import { setSignUpPassword, zSignUpPassword } from "@/lib/registration/set-password";

export const setPasswordAction = signUpStepAction("PASSWORD")
  .input(zSignUpPassword)
  .action(async ({ ctx, input }) => setSignUpPassword(ctx.session, input, ctx.request));
