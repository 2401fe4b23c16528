"use server";

import { officerAction } from "@/lib/actions/clients";
import { takeInPaperCase, zPaperCase } from "@/lib/agency/console/intake";

export const takeInPaperCaseAction = officerAction.input(zPaperCase).action(async ({ ctx, input }) => takeInPaperCase(ctx.session, input));
