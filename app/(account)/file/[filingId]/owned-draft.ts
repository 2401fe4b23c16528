import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { applicantContext } from "@/lib/actions/contexts";
import { draftForOwner } from "@/lib/filing/drafts";

// Every page of one filing starts here: the signed-in applicant's own filing, or "page not found"
// for a malformed id, someone else's or a missing one (the page and its title read it once).
export const ownedDraft = cache(async (filingId: string) => {
  const { actor, session } = await applicantContext();
  const draft = await draftForOwner(actor, filingId);
  if (!draft) notFound();
  return { actor, session, draft };
});
