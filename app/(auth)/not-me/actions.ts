"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { reportNotMe, zReportNotMe } from "@/lib/recovery/report-not-me";

export const reportNotMeAction = publicAction.input(zReportNotMe).action<object>(async ({ ctx, input }) => {
  const outcome = await reportNotMe(input.token, ctx.request);
  redirect(outcome.ok ? "/not-me/done" : `/not-me?state=${outcome.state}`);
});
