"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signedInAction } from "@/lib/actions/clients";
import { passkeyRegistrationOptions, registerPasskey, zAddPasskey, zPasskeyOptions } from "@/lib/passkeys/register-passkey";
import { removePasskey, zRemovePasskey } from "@/lib/passkeys/remove-passkey";

// Any signed-in person's actions, not recentSecondStepAction: the passkey forms run in the browser between
// steps, so a refusal for want of a recent re-check is shown with the way to it.

export const passkeyOptionsAction = signedInAction
  .input(zPasskeyOptions)
  .action(async ({ ctx, input }) => passkeyRegistrationOptions(ctx.session, input));

export const addPasskeyAction = signedInAction.input(zAddPasskey).action(async ({ ctx, input }) => {
  const result = await registerPasskey(ctx.session, input, ctx.request);
  if (result.ok) revalidatePath("/settings/passkeys");
  return result;
});

export const removePasskeyAction = signedInAction.input(zRemovePasskey).action(async ({ ctx, input }) => {
  const result = await removePasskey(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  redirect("/settings/passkeys?removed=1");
});
