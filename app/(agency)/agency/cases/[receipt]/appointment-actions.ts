"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { officerAction } from "@/lib/actions/clients";
import { setNewAppointment, zSetNewAppointment } from "@/lib/appointments/set-new-appointment";

// From the case page's open request to reschedule; the list of requests links to the case page.
export const setNewAppointmentAction = officerAction.input(zSetNewAppointment).action(async ({ ctx, input }) => {
  const result = await setNewAppointment(ctx.session, input);
  if (!result.ok) return result;
  // The request's form leaves the case page once answered, so the case page says what happened.
  revalidatePath(`/agency/cases/${result.receiptNumber}`);
  revalidatePath("/agency/reschedule-requests");
  redirect(`/agency/cases/${result.receiptNumber}?appointment=set`);
});
