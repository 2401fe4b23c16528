import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerParts } from "@/components/filing/answer-parts";
import { RepresentativeNamed } from "@/components/filing/representative-named";
import { Alert } from "@/components/ui/alert";
import { applicantContext } from "@/lib/actions/contexts";
import { clientReviewFor, g28ConsentText } from "@/lib/filing/client-review";
import { answersByPart } from "@/lib/filing/engine/answers-by-part";
import { requiredDocuments } from "@/lib/filing/engine/readiness";
import { formatUtcDateTime } from "@/lib/format";
import { formatFee } from "@/lib/payments/money";
import { DeclineReviewForm, RequestChangesForm, SignReviewForm } from "./review-forms";

export const metadata: Metadata = { title: "Review a form prepared for you" };

// The client's review of a form a representative prepared: in their own account, read-only. They
// sign the form and the G-28 here, ask for changes, or decline.
export default async function ClientReviewPage({ params }: { params: Promise<{ filingId: string }> }) {
  const { actor } = await applicantContext();
  const review = await clientReviewFor(actor, (await params).filingId);
  if (!review) notFound();
  const { def, representative } = review;
  const parts = answersByPart(def, review.answers);
  const rules = requiredDocuments(def, review.answers);
  const fee = def.fee(review.answers, new Date());

  return (
    <>
      <p>
        <Link href="/dashboard">Back to my account</Link>
      </p>
      <p className="mb-1 text-lg text-muted">
        {def.id}, {def.title}
      </p>
      <h1>Review the form prepared for you</h1>
      <p className="max-w-prose">Your legal representative prepared this form for you:</p>
      <RepresentativeNamed representative={representative} />

      {review.submitted ? (
        <Alert kind="success" heading="This form has been filed" testId="review-state">
          <p>Your representative submitted it. The case is in your account.</p>
        </Alert>
      ) : review.review === "SIGNED" ? (
        <Alert kind="success" heading="You signed this form" testId="review-state">
          <p>
            You signed the form and the G-28{review.signedAt && <> on {formatUtcDateTime(review.signedAt)}</>}. Your representative pays the
            fee, if there is one, and submits it. The case then appears in your account.
          </p>
        </Alert>
      ) : review.review === "CHANGES_REQUESTED" ? (
        <Alert kind="info" heading="You asked for changes" testId="review-state">
          {review.note && <p className="whitespace-pre-line">{review.note}</p>}
          <p>Your representative will make the changes and send the form to you again. We will email you.</p>
        </Alert>
      ) : review.review === "DECLINED" ? (
        <Alert kind="info" heading="You declined this form" testId="review-state">
          <p>Nothing was filed. Your representative has been told.</p>
        </Alert>
      ) : (
        <p className="max-w-prose">
          Read every answer. If something is wrong or missing, ask your representative for changes. If everything is right, sign the form
          and the consent to representation at the end of this page.
        </p>
      )}

      <AnswerParts parts={parts} />

      <section aria-labelledby="documents-heading" className="mb-10 max-w-3xl">
        <h2 id="documents-heading">Documents</h2>
        {rules.length === 0 ? (
          <p>This form needs no documents.</p>
        ) : (
          <dl className="m-0 border-t border-line" data-testid="documents">
            {rules.map((rule) => {
              const files = review.documents.filter((d) => d.kind === rule.id);
              return (
                <div key={rule.id} className="grid gap-2 border-b border-line py-3 sm:grid-cols-[2fr_3fr]">
                  <dt className="font-bold">{rule.label}</dt>
                  <dd className="m-0 break-all">{files.length === 0 ? "Not uploaded" : files.map((f) => f.name).join(", ")}</dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>

      <section aria-labelledby="fee-heading" className="mb-10 max-w-prose">
        <h2 id="fee-heading">Fee</h2>
        <p data-testid="fee">
          {fee.onlineCents > 0 ? `${formatFee(fee.onlineCents)}, paid by your representative when they submit the form.` : "No fee."}
        </p>
      </section>

      <section aria-labelledby="g28-heading" className="mb-10 max-w-prose" data-testid="g28">
        <h2 id="g28-heading">Consent to representation (Form G-28)</h2>
        <p>By signing the G-28 you agree that this person represents you on the case this form starts:</p>
        <RepresentativeNamed representative={representative} />
        {!representative.verified && (
          <p>An officer has not yet checked this representative&apos;s bar admission or accreditation details.</p>
        )}
        <p>
          They will see the case&apos;s status, notices and documents, can answer requests for evidence and send secure messages about this
          case. They never get into your account, and you can end the representation at any time from the case page.
        </p>
      </section>

      {!review.submitted && review.review === "SENT" && (
        <>
          <section aria-labelledby="sign-heading" className="mb-10 max-w-prose">
            <h2 id="sign-heading">Sign the form and the G-28</h2>
            <p>
              Your electronic signature has the same effect as signing on paper. We record the time, your internet address and your browser.
            </p>
            <SignReviewForm
              filingId={review.id}
              certification={def.certification}
              consent={g28ConsentText(representative)}
              signerName={def.signerName(review.answers)}
            />
          </section>
          <section aria-labelledby="changes-heading" className="mb-10 max-w-prose">
            <h2 id="changes-heading">Ask for changes</h2>
            <RequestChangesForm filingId={review.id} />
          </section>
          <section aria-labelledby="decline-heading" className="mb-10 max-w-prose">
            <h2 id="decline-heading">Decline</h2>
            <p>If you do not want this form filed, decline it. Nothing is filed and your representative is told.</p>
            <DeclineReviewForm filingId={review.id} />
          </section>
        </>
      )}
    </>
  );
}
