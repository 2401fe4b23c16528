"use server";

import { signUpStepAction } from "@/lib/actions/clients";
import { chooseMfaMethod, zChooseMfaMethod } from "@/lib/registration/choose-mfa-method";

export const chooseMethodAction = signUpStepAction("MFA_METHOD")
  .input(zChooseMfaMethod)
  .action(async ({ ctx, input }) => chooseMfaMethod(ctx.session, input, ctx.request));
