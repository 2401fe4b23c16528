"use server";

import { redirect } from "next/navigation";
import { passwordOnlyAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { signedInHome } from "@/lib/sessions/home-for";
import { passkeyAuthenticationOptions, signInWithPasskey, zPasskeyAnswer } from "@/lib/passkeys/authenticate-passkey";

export const passkeySignInOptionsAction = passwordOnlyAction.action(async ({ ctx }) => passkeyAuthenticationOptions(ctx.session));

export const passkeySignInAction = passwordOnlyAction.input(zPasskeyAnswer).action<object>(async ({ ctx, input }) => {
  const result = await signInWithPasskey(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect(signedInHome(ctx.session.user.role));
});
