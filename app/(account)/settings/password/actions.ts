"use server";

import { redirect } from "next/navigation";
import { recentSecondStepAction } from "@/lib/actions/clients";
import { signedInContext } from "@/lib/actions/contexts";
import { changePassword, zChangePassword } from "@/lib/account/change-password";

export const changePasswordAction = recentSecondStepAction("/settings/password", signedInContext)
  .input(zChangePassword)
  .action(async ({ ctx, input }) => {
    const result = await changePassword(ctx.session, input, ctx.request);
    if (result.ok) redirect("/settings?changed=password");
    return result;
  });
