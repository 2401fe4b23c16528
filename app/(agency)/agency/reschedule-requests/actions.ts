"use server";

import { revalidatePath } from "next/cache";
import { officerAction } from "@/lib/actions/clients";
import { setNewAppointment, zSetNewAppointment } from "@/lib/appointments/set-new-appointment";

export const setNewAppointmentAction = officerAction.input(zSetNewAppointment).action(async ({ ctx, input }) => {
  const result = await setNewAppointment(ctx.session, input);
  if (result.ok) {
    revalidatePath(`/agency/cases/${result.receiptNumber}`);
    revalidatePath("/agency/reschedule-requests");
  }
  return result;
});
