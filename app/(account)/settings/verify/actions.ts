"use server";

import { redirect } from "next/navigation";
import { signedInAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { confirmItsYou, zConfirmItsYou } from "@/lib/auth/reauth";
import { sendSignInCode, zSendSignInCode } from "@/lib/auth/second-step";
import { safeReturnPath } from "@/lib/http/safe-return-path";

export const sendReauthCodeAction = signedInAction
  .input(zSendSignInCode)
  .action(async ({ ctx, input }) => sendSignInCode(ctx.session, input));

export const confirmItsYouAction = signedInAction.input(zConfirmItsYou).action<object>(async ({ ctx, input }) => {
  const result = await confirmItsYou(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect(safeReturnPath(input.next));
});
