"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { zField } from "@/lib/actions/form-input";
import { filerAction } from "@/lib/actions/clients";
import { saveDraftPage } from "@/lib/filing/drafts";
import { localizeRefusal } from "@/lib/filing/engine/localize";
import { getReader } from "@/lib/i18n/request";

// The page's own fields (filing, page, where to go after) and, passed through untouched, the
// answers, which the form definition checks.
const zSavePage = z.looseObject({ filingId: zField(), pageId: zField(), return: zField() });

export const savePageAction = filerAction.input(zSavePage).action(async ({ ctx, input }) => {
  const result = await saveDraftPage(ctx.actor, input.filingId, input.pageId, input, new Date());
  if (!result.ok) return localizeRefusal(result, await getReader());
  const base = `/file/${input.filingId.toLowerCase()}`;
  const fromCheck = input.return === "check";
  // From a Change link: back to the check page, unless the change opened a page not yet answered.
  if (result.nextPageId === null) redirect(`${base}/check`);
  if (fromCheck) redirect(result.nextPageSaved ? `${base}/check` : `${base}/${result.nextPageId}?return=check`);
  redirect(`${base}/${result.nextPageId}`);
});
