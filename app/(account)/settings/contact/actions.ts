"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { revalidatePath } from "next/cache";
import { updateContactInformation } from "@/lib/account/contact";
import { CONTACT_FIELDS } from "@/lib/account/contact-schema";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/lib/result";

export async function updateContactAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const input = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, form.get(field) ?? ""]));
    const result = await updateContactInformation((await applicantContext()).session, input, await requestInfo());
    if (result.ok) revalidatePath("/settings/contact");
    return result;
  });
}
