"use server";

import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { requestReschedule, zRescheduleRequest } from "@/lib/appointments/reschedule";

export const requestRescheduleAction = applicantAction.input(zRescheduleRequest).action(async ({ ctx, input }) => {
  const result = await requestReschedule(ctx.actor, input);
  if (result.ok) redirect(`/cases/${result.receiptNumber}?reschedule=requested`);
  return result;
});
