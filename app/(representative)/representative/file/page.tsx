import type { Metadata } from "next";
import Link from "next/link";
import { ClientPanelLabel } from "./review-label";
import { Alert } from "@/components/ui/alert";
import { representativeContext } from "@/lib/actions/contexts";
import { listClientDrafts } from "@/lib/filing/client-review";
import { FORM_DEFINITIONS } from "@/lib/filing/definitions";
import { formatUtcDateTime } from "@/lib/format";
import { StartClientForm } from "./start-client-form";

export const metadata: Metadata = { title: "Forms for clients" };

// A representative's forms for clients: start one by the client's name and email; each is filled in on
// the same pages an applicant uses, then sent to the client, who signs it in their own account.
export default async function ClientFormsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { actor } = await representativeContext();
  const { deleted } = await searchParams;
  const drafts = await listClientDrafts(actor);
  return (
    <>
      <p>
        <Link href="/representative">Back to My clients</Link>
      </p>
      <h1>Forms for clients</h1>
      {deleted === "draft" && (
        <Alert kind="success" testId="draft-deleted">
          <p>The form was deleted.</p>
        </Alert>
      )}
      <p className="max-w-prose">
        Prepare a form online for a client. When it is complete, send it to your client: they review every answer and the consent to
        representation (Form G-28) in their own account and sign both there. Then you pay the fee, if there is one, and submit it.
      </p>
      <section aria-labelledby="client-forms-heading" className="mb-10">
        <h2 id="client-forms-heading">Your forms for clients</h2>
        {drafts.length === 0 ? (
          <p data-testid="no-client-forms">You have not started a form for a client yet.</p>
        ) : (
          <ul className="max-w-3xl list-none border-t border-line p-0" data-testid="client-forms">
            {drafts.map((draft) => (
              <li key={draft.id} className="border-b border-line py-3" data-testid="client-form">
                <Link href={draft.status === "SUBMITTED" ? `/file/${draft.id}/confirmation` : `/file/${draft.id}`}>
                  {draft.formType}, {draft.title}, for {draft.clientName}
                </Link>
                <p className="mb-0 text-muted">
                  <ClientPanelLabel status={draft.status} review={draft.review} />. Last saved{" "}
                  <time dateTime={draft.lastSavedAt.toISOString()}>{formatUtcDateTime(draft.lastSavedAt)}</time>.
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Start a form for a client</h2>
        <StartClientForm forms={FORM_DEFINITIONS.map((def) => ({ value: def.id, label: `${def.id}, ${def.title}` }))} />
      </section>
    </>
  );
}
