"use server";

import { redirect } from "next/navigation";
import { signedInAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { confirmItsYouWithPasskey, passkeyAuthenticationOptions, zPasskeyReauth } from "@/lib/passkeys/authenticate-passkey";

export const passkeyReauthOptionsAction = signedInAction.action(async ({ ctx }) => passkeyAuthenticationOptions(ctx.session));

export const passkeyReauthAction = signedInAction.input(zPasskeyReauth).action<object>(async ({ ctx, input }) => {
  const result = await confirmItsYouWithPasskey(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect(safeReturnPath(input.next));
});
