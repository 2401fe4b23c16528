"use server";

import { redirect } from "next/navigation";
import { representativeAction } from "@/lib/actions/clients";
import { saveRepresentativeProfile } from "@/lib/representation/profile";
import { zRepresentativeProfileForm } from "@/lib/representation/profile-schema";

// The first save (right after sign-up) goes on to the representative's pages; later ones stay with a banner.
export const saveProfileAction = representativeAction.input(zRepresentativeProfileForm).action(async ({ ctx, input }) => {
  const result = await saveRepresentativeProfile(ctx.actor, input, ctx.request);
  if (result.ok && result.created) redirect("/representative");
  return result;
});
