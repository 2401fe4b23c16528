"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setTimeZone, zTimeZoneChoice } from "@/lib/account/time-zone";
import { signedInAction } from "@/lib/actions/clients";

export const setTimeZoneAction = signedInAction.input(zTimeZoneChoice).action(async ({ ctx, input }) => {
  const result = await setTimeZone(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect("/settings?changed=time-zone");
});
