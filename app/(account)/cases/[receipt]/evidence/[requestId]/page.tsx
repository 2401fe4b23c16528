import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getReader, getT } from "@/lib/i18n/request";
import { evidenceRequestForOwner } from "@/lib/evidence/evidence-request-view";
import { EvidenceRequestResponse } from "@/components/evidence/evidence-request-response";
import { removeDocumentAction, submitResponseAction, uploadEvidenceAction } from "./actions";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("evidence.page.title") };
}

export default async function EvidenceRequestPage({ params }: { params: Promise<{ receipt: string; requestId: string }> }) {
  const { actor } = await applicantContext();
  const { receipt, requestId } = await params;
  const view = await evidenceRequestForOwner(actor, { receiptNumber: receipt, requestId });
  if (!view) notFound();
  const { t, text } = await getReader();

  return (
    <>
      <p>
        <Link href={`/cases/${view.receiptNumber}`}>{t("evidence.page.back")}</Link>
      </p>
      <h1>{t("evidence.page.heading")}</h1>
      <p className="text-muted">
        {t.rich("evidence.page.caseLine", {
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
        audience="applicant"
        actions={{ upload: uploadEvidenceAction, remove: removeDocumentAction, submit: submitResponseAction }}
        documentsPath={`/cases/${view.receiptNumber}/documents`}
      />
    </>
  );
}
