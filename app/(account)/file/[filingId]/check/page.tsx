import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AnswerParts } from "@/components/filing/answer-parts";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { answersByPart } from "@/lib/filing/engine/answers-by-part";
import { missingForSubmission, requiredDocuments } from "@/lib/filing/engine/readiness";
import { formatFee } from "@/lib/payments/money";
import { ownedDraft } from "../owned-draft";

export const metadata: Metadata = { title: "Check your answers" };

type Params = { params: Promise<{ filingId: string }> };

export default async function CheckAnswersPage({ params }: Params) {
  const { draft } = await ownedDraft((await params).filingId);
  if (draft.status === "SUBMITTED") redirect(`/file/${draft.id}/confirmation`);
  const base = `/file/${draft.id}`;
  const parts = answersByPart(draft.def, draft.answers);
  const rules = requiredDocuments(draft.def, draft.answers);
  const missing = missingForSubmission(
    draft.def,
    draft.answers,
    draft.documents.map((d) => d.kind),
  );
  // Computed here from the saved answers and the fee table in force today; never from the browser.
  const fee = draft.def.fee(draft.answers, new Date());

  return (
    <>
      <p>
        <Link href={base}>Back to the task list</Link>
      </p>
      <p className="mb-1 text-lg text-muted">
        {draft.def.id}, {draft.def.title}
      </p>
      <h1>Check your answers</h1>

      {missing.length > 0 ? (
        <Alert kind="warning" heading="You cannot submit this form yet" testId="missing">
          <p>These answers or documents are still needed:</p>
          <ul className="mb-0 list-disc pl-6">
            {missing.map((m, index) => (
              <li key={`${m.pageId ?? m.documentId ?? "item"}-${index}`}>
                <Link href={m.documentId ? `${base}/documents?return=check` : m.pageId ? `${base}/${m.pageId}?return=check` : base}>
                  {m.message}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <AnswerParts parts={parts} changeBase={base} />

      <section aria-labelledby="documents-heading" className="mb-10 max-w-3xl">
        <h2 id="documents-heading">Documents</h2>
        {rules.length === 0 ? (
          <p>This form needs no documents.</p>
        ) : (
          <dl className="m-0 border-t border-line" data-testid="documents">
            {rules.map((rule) => {
              const files = draft.documents.filter((d) => d.kind === rule.id);
              return (
                <div key={rule.id} className="grid gap-2 border-b border-line py-3 sm:grid-cols-[2fr_3fr_max-content]">
                  <dt className="font-bold">
                    {rule.label}
                    {!rule.isRequired && <span className="font-normal text-muted"> (optional)</span>}
                  </dt>
                  <dd className="m-0 break-all">{files.length === 0 ? "Not uploaded" : files.map((f) => f.name).join(", ")}</dd>
                  <dd className="m-0">
                    <Link href={`${base}/documents?return=check`}>
                      Change<span className="sr-only"> {rule.label}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>

      <section aria-labelledby="fee-heading" className="mb-10 max-w-prose">
        <h2 id="fee-heading">Fee</h2>
        <p className="text-xl font-bold" data-testid="fee">
          {formatFee(fee.onlineCents)}
        </p>
        <p>
          {fee.reason}
          {fee.paperCents > fee.onlineCents && ` Filing the same form on paper costs ${formatFee(fee.paperCents)}.`}
        </p>
      </section>

      {missing.length === 0 && (
        <p>
          <Link href={`${base}/sign`} className={buttonClass("primary")}>
            {draft.client ? "Continue to send to your client" : "Continue to sign"}
          </Link>
        </p>
      )}
    </>
  );
}
