"use server";

import { redirect } from "next/navigation";
import { representativeAction } from "@/lib/actions/clients";
import { requestTimeZone } from "@/lib/i18n/request";
import { saveRepresentativeProfile, type SavedProfile } from "@/lib/representation/profile";
import { zRepresentativeProfileForm } from "@/lib/representation/profile-schema";
import type { FormState } from "@/lib/result";

// The first save (right after sign-up) goes on to the representative's pages; later ones stay with a banner.
// The schema is the representative's own: whether the accreditation has expired depends on their time zone.
export async function saveProfileAction(state: FormState<SavedProfile>, form: FormData): Promise<FormState<SavedProfile>> {
  const save = representativeAction.input(zRepresentativeProfileForm(await requestTimeZone())).action(async ({ ctx, input }) => {
    const result = await saveRepresentativeProfile(ctx.actor, input, ctx.request);
    if (result.ok && result.created) redirect("/representative");
    return result;
  });
  return save(state, form);
}
