import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { evidenceRequestForOwner } from "@/lib/evidence/evidence-request-view";
import { getReader, getT } from "@/lib/i18n/request";
import { EvidenceRequestResponse } from "@/components/evidence/evidence-request-response";
import { representativeRemoveDocumentAction, representativeSubmitResponseAction, representativeUploadEvidenceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("representative.evidence.title") };
}

export default async function RepresentativeEvidencePage({ params }: { params: Promise<{ receiptNumber: string; requestId: string }> }) {
  const { actor } = await representativeWithProfileContext();
  const { t, text } = await getReader();
  const { receiptNumber, requestId } = await params;
  // The same 404 for a case without a current G-28 of theirs as for a missing request.
  const view = await evidenceRequestForOwner(actor, { receiptNumber, requestId });
  if (!view) notFound();
  const casePath = `/representative/cases/${view.receiptNumber}`;

  return (
    <>
      <p>
        <Link href={casePath}>{t("representative.backToCase")}</Link>
      </p>
      <h1>{t("representative.evidence.heading")}</h1>
      <p className="text-muted">
        {t.rich("representative.evidence.about", {
          formType: view.formType,
          formName: text(view.formName),
          receipt: () => (
            <strong className="text-ink">
              <ReceiptNumber value={view.receiptNumber} />
            </strong>
          ),
        })}
      </p>

      <EvidenceRequestResponse
        view={view}
        audience="representative"
        actions={{
          upload: representativeUploadEvidenceAction,
          remove: representativeRemoveDocumentAction,
          submit: representativeSubmitResponseAction,
        }}
        documentsPath={`${casePath}/documents`}
      />
    </>
  );
}
