import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { formatUtcDateTime } from "@/lib/format";
import { accountHome, ownedDraft } from "../owned-draft";
import { DeleteDraftForm } from "./delete-draft-form";

export const metadata: Metadata = { title: "Delete a form in progress" };

export default async function DeleteDraftPage({ params }: { params: Promise<{ filingId: string }> }) {
  const { draft, actor } = await ownedDraft((await params).filingId);
  if (draft.status === "SUBMITTED") redirect(`/file/${draft.id}/confirmation`);
  return (
    <>
      <h1>Are you sure you want to delete this form?</h1>
      <p className="max-w-prose" data-testid="delete-what">
        {draft.def.id}, {draft.def.title}, last saved {formatUtcDateTime(draft.lastSavedAt)}. Your answers and any documents you uploaded
        for it are deleted. This cannot be undone.
      </p>
      <DeleteDraftForm filingId={draft.id} keepHref={accountHome(actor)} />
    </>
  );
}
