"use server";

import { signUpStepAction, publicAction } from "@/lib/actions/clients";
import { signUpStepContext } from "@/lib/actions/contexts";
import { changeMfaChoice } from "@/lib/registration/choose-mfa-method";
import { resendSignUpCode, verifySignUpCode, zSignUpCode } from "@/lib/registration/verify-mfa";

export const verifyCodeAction = signUpStepAction("MFA_VERIFY")
  .input(zSignUpCode)
  .action(async ({ ctx, input }) => verifySignUpCode(ctx.session, input, ctx.request));

// Same step, but a new code keeps the person on this page to read where it went.
export const resendCodeAction = publicAction
  .use(() => signUpStepContext("MFA_VERIFY"))
  .action(async ({ ctx }) => resendSignUpCode(ctx.session));

/** "Choose a different method": back to the method step (sign-up's continue page sends them there). */
export const changeMethodAction = signUpStepAction("MFA_VERIFY").action(async ({ ctx }) => changeMfaChoice(ctx.session));
