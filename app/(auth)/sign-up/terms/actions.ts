"use server";

import { signUpStepAction } from "@/lib/actions/clients";
import { acceptTerms, zAcceptTerms } from "@/lib/registration/accept-terms";

export const acceptTermsAction = signUpStepAction("TERMS")
  .input(zAcceptTerms)
  .action(async ({ ctx, input }) => acceptTerms(ctx.session, input, ctx.request));
