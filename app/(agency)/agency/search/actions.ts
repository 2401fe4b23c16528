"use server";

import { redirect } from "next/navigation";
import { officerAction } from "@/lib/actions/clients";
import { findCases, zFindCase } from "@/lib/agency/console/find-case";

export const findCasesAction = officerAction.input(zFindCase).action(async ({ ctx, input }) => {
  const result = await findCases(ctx.session, input);
  if (result.ok && result.kind === "receipt") redirect(`/agency/cases/${result.receiptNumber}`);
  return result;
});
