"use server";

import { redirect } from "next/navigation";
import { officerAction } from "@/lib/actions/clients";
import { retryFailedJob, zRetryJob } from "@/lib/agency/console/failed-jobs";
import { retryAlert, zRetryAlert } from "@/lib/agency/console/undelivered-alerts";

export const retryAlertAction = officerAction.input(zRetryAlert).action(async ({ ctx, input }) => {
  const result = await retryAlert(ctx.session, input);
  // The row leaves the list once retried, so the confirmation goes on the page itself.
  if (result.ok) redirect("/agency/alerts?retried=1");
  return result;
});

export const retryJobAction = officerAction.input(zRetryJob).action(async ({ ctx, input }) => {
  const result = await retryFailedJob(ctx.session, input);
  if (result.ok) redirect("/agency/alerts?jobRetried=1");
  return result;
});
