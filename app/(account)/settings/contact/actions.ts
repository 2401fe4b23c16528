"use server";

import { revalidatePath } from "next/cache";
import { updateContactInformation } from "@/lib/account/contact";
import { zContactForm } from "@/lib/account/contact-schema";
import { applicantAction } from "@/lib/actions/clients";

// Not a recentSecondStepAction: when the re-check is due, the form keeps what was typed and offers
// the way to it, rather than leaving the page.
export const updateContactAction = applicantAction.input(zContactForm).action(async ({ ctx, input }) => {
  const result = await updateContactInformation(ctx.session, input, ctx.request);
  if (result.ok) revalidatePath("/settings/contact");
  return result;
});
