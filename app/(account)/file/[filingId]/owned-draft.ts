import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/roles";
import { filerContext } from "@/lib/actions/contexts";
import { draftForOwner } from "@/lib/filing/drafts";
import { localizeDefinition } from "@/lib/filing/engine/localize";
import { getReader } from "@/lib/i18n/request";

// Every page of one filing starts here: the signed-in applicant's own filing (or a representative's
// form for a client), or "page not found" for a malformed id, someone else's or a missing one (the
// page and its title read it once). The form's words come in the reader's language.
export const ownedDraft = cache(async (filingId: string) => {
  const { actor, session } = await filerContext();
  const found = await draftForOwner(actor, filingId);
  if (!found) notFound();
  const reader = await getReader();
  const draft = { ...found, def: localizeDefinition(found.def, reader) };
  return { actor, session, draft, reader };
});

/** Where "Back to my account" goes: the applicant's dashboard, or the representative's forms for clients. */
export function accountHome(actor: Pick<Actor, "role">): string {
  return actor.role === "REPRESENTATIVE" ? "/representative/file" : "/dashboard";
}
