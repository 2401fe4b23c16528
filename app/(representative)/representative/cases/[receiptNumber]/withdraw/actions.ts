"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { representativeAction } from "@/lib/actions/clients";
import { zField } from "@/lib/actions/form-input";
import { endRepresentation } from "@/lib/representation/end-representation";

const zWithdraw = z.object({ representationId: zField() });

// The representative withdraws: the G-28 ends at once (lib/representation/end-representation.ts).
export const withdrawAction = representativeAction.input(zWithdraw).action(async ({ ctx, input }) => {
  const result = await endRepresentation({
    representationId: input.representationId,
    actor: ctx.actor,
    as: "REPRESENTATIVE",
    request: ctx.request,
  });
  if (result.ok) redirect(`/representative/withdrawn?withdrawn=${result.receiptNumber}`);
  return result;
});
