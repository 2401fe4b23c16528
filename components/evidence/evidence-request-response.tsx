import { Alert } from "@/components/ui/alert";
import { describeDocument } from "@/lib/evidence/describe-document";
import type { EvidenceRequestView } from "@/lib/evidence/evidence-request-view";
import { getReader } from "@/lib/i18n/request";
import type { FormAction } from "@/lib/result";
import { SubmitResponseForm } from "./submit-response-form";
import { UploadEvidenceForm } from "./upload-evidence-form";
import type { Uploaded } from "./upload-evidence-form-fields";
import { UploadedDocuments } from "./uploaded-documents";

type Props<T extends object> = {
  view: EvidenceRequestView;
  /** Whose page: the applicant reads "your response", their representative "the response". */
  audience: "applicant" | "representative";
  actions: { upload: FormAction<Uploaded>; remove: FormAction<{ name: string }>; submit: FormAction<T> };
  /** Where the case's documents download from, for this audience. */
  documentsPath: string;
};

/**
 * Below a response page's heading: that the response was sent, what was asked for and by when, and
 * the documents and forms of the response. The applicant's page and their representative's show
 * the same request; each passes its own actions.
 */
export async function EvidenceRequestResponse<T extends object>({ view, audience, actions, documentsPath }: Props<T>) {
  const { t, format } = await getReader();
  const sent = view.respondedAt !== null;
  const mine = audience === "applicant";
  const due = {
    sent: format.dateTime(view.openedAt, "date"),
    due: format.dateTime(view.dueAt, "dueDay"),
    strong: (chunks: React.ReactNode) => (
      <strong data-testid="due-date">
        <time dateTime={view.dueAt.toISOString()}>{chunks}</time>
      </strong>
    ),
  };
  const sentAt = view.respondedAt ? { at: format.dateTime(view.respondedAt, "dateTime") } : null;

  return (
    <>
      {sentAt && (
        <Alert
          kind="success"
          heading={mine ? t("evidence.page.sentHeading") : t("representative.evidence.sent.heading")}
          testId="response-sent"
        >
          <p>{mine ? t("evidence.page.sentBody", sentAt) : t("representative.evidence.sent.text", sentAt)}</p>
        </Alert>
      )}

      <section aria-labelledby="request-heading" className="mb-10 max-w-prose">
        <h2 id="request-heading">{mine ? t("evidence.page.askedHeading") : t("representative.evidence.askedHeading")}</h2>
        <p className="whitespace-pre-line" data-testid="instructions">
          {view.instructions}
        </p>
        <p>
          {mine
            ? sent
              ? t.rich("evidence.page.dueAnswered", due)
              : t.rich("evidence.page.dueOpen", due)
            : sent
              ? t.rich("representative.evidence.wasDue", due)
              : t.rich("representative.evidence.due", due)}
        </p>
        {view.overdue && (
          <Alert kind="warning" testId="overdue">
            <p>{mine ? t("evidence.page.overdue") : t("representative.evidence.overdue")}</p>
          </Alert>
        )}
      </section>

      {!sent && <UploadEvidenceForm receiptNumber={view.receiptNumber} requestId={view.requestId} action={actions.upload} />}
      <UploadedDocuments
        receiptNumber={view.receiptNumber}
        requestId={view.requestId}
        sent={sent}
        action={actions.remove}
        documentsPath={documentsPath}
        documents={view.documents.map((d) => ({
          id: d.id,
          name: d.name,
          ...describeDocument(d, t),
          uploadedAt: { iso: d.uploadedAt.toISOString(), text: format.dateTime(d.uploadedAt, "dateTime") },
        }))}
      />
      {/* A new key when the list changes, so an earlier "upload at least one document" does not linger. */}
      {!sent && (
        <SubmitResponseForm
          key={view.documents.map((d) => d.id).join()}
          receiptNumber={view.receiptNumber}
          requestId={view.requestId}
          action={actions.submit}
        />
      )}
    </>
  );
}
