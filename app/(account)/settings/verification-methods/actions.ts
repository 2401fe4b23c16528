"use server";

import { redirect } from "next/navigation";
import {
  cancelAddingMethod,
  confirmNewMethod,
  removeMethod,
  startAddingMethod,
  zAddMethod,
  zConfirmNewMethod,
  zRemoveMethod,
} from "@/lib/account/verification-methods";
import { recentSecondStepAction } from "@/lib/actions/clients";
import { signedInContext } from "@/lib/actions/contexts";

const HERE = "/settings/verification-methods";

export const startAddingMethodAction = recentSecondStepAction(HERE, signedInContext)
  .input(zAddMethod)
  .action(async ({ ctx, input }) => {
    const result = await startAddingMethod(ctx.session, input);
    if (result.ok) redirect(HERE);
    return result;
  });

export const confirmNewMethodAction = recentSecondStepAction(HERE, signedInContext)
  .input(zConfirmNewMethod)
  .action(async ({ ctx, input }) => {
    const result = await confirmNewMethod(ctx.session, input, ctx.request);
    if (result.ok) redirect(`${HERE}?changed=added`);
    return result;
  });

export const cancelAddingMethodAction = recentSecondStepAction(HERE, signedInContext).formAction(async ({ ctx }) => {
  const result = await cancelAddingMethod(ctx.session);
  if (result.ok) redirect(HERE);
  return result;
});

export const removeMethodAction = recentSecondStepAction(HERE, signedInContext)
  .input(zRemoveMethod)
  .action(async ({ ctx, input }) => {
    const result = await removeMethod(ctx.session, input, ctx.request);
    if (result.ok) redirect(`${HERE}?changed=removed`);
    return result;
  });
