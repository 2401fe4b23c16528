import type { Metadata } from "next";
import Link from "next/link";
import { clientReviewLabel } from "@/components/filing/client-review-label";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import { listClientDrafts } from "@/lib/filing/client-review";
import { FORM_DEFINITIONS } from "@/lib/filing/definitions";
import { getReader, getT } from "@/lib/i18n/request";
import { StartClientForm } from "./start-client-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("representative.forms.title") };
}

// A representative's forms for clients: start one by the client's name and email; each is filled in on
// the same pages an applicant uses, then sent to the client, who signs it in their own account.
export default async function ClientFormsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { actor } = await representativeWithProfileContext();
  const { t, format, text } = await getReader();
  const { deleted } = await searchParams;
  const drafts = await listClientDrafts(actor);
  return (
    <>
      <p>
        <Link href="/representative">{t("representative.backToMyClients")}</Link>
      </p>
      <h1>{t("representative.forms.title")}</h1>
      {deleted === "draft" && (
        <Alert kind="success" testId="draft-deleted">
          <p>{t("representative.forms.deleted")}</p>
        </Alert>
      )}
      <p className="max-w-prose">{t("representative.forms.intro")}</p>
      <section aria-labelledby="client-forms-heading" className="mb-10">
        <h2 id="client-forms-heading">{t("representative.forms.listHeading")}</h2>
        {drafts.length === 0 ? (
          <p data-testid="no-client-forms">{t("representative.forms.none")}</p>
        ) : (
          <ul className="max-w-3xl list-none border-t border-line p-0" data-testid="client-forms">
            {drafts.map((draft) => (
              <li key={draft.id} className="border-b border-line py-3" data-testid="client-form">
                <Link href={draft.status === "SUBMITTED" ? `/file/${draft.id}/confirmation` : `/file/${draft.id}`}>
                  {t("representative.forms.draftName", { formType: draft.formType, title: text(draft.title), client: draft.clientName })}
                </Link>
                <p className="mb-0 text-muted">
                  {t.rich("representative.forms.draftState", {
                    savedAt: format.dateTime(draft.lastSavedAt, "dateTime"),
                    status: () => (
                      <span data-testid="client-form-status">{text(clientReviewLabel(draft.review, draft.status === "SUBMITTED"))}</span>
                    ),
                    time: (chunks) => <time dateTime={draft.lastSavedAt.toISOString()}>{chunks}</time>,
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t("representative.forms.startHeading")}</h2>
        <ClientMessages namespaces={["representative"]}>
          <StartClientForm
            forms={FORM_DEFINITIONS.map((def) => ({
              value: def.id,
              label: t("representative.forms.formOption", { formType: def.id, title: text(def.title) }),
            }))}
          />
        </ClientMessages>
      </section>
    </>
  );
}
