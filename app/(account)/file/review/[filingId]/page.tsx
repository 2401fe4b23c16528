import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerParts } from "@/components/filing/answer-parts";
import { RepresentativeNamed } from "@/components/filing/representative-named";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { applicantContext } from "@/lib/actions/contexts";
import { clientReviewFor, g28ConsentText } from "@/lib/filing/client-review";
import { answersByPart } from "@/lib/filing/engine/answers-by-part";
import { requiredDocuments } from "@/lib/filing/engine/readiness";
import { getReader, getT } from "@/lib/i18n/request";
import { formatFee } from "@/lib/payments/money";
import { DeclineReviewForm, RequestChangesForm, SignReviewForm } from "./review-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("clientReview.title") };
}

// The client's review of a form a representative prepared: in their own account, read-only. They
// sign the form and the G-28 here, ask for changes, or decline.
export default async function ClientReviewPage({ params }: { params: Promise<{ filingId: string }> }) {
  const { actor } = await applicantContext();
  const { t, format, text } = await getReader();
  const review = await clientReviewFor(actor, (await params).filingId);
  if (!review) notFound();
  const { def, representative } = review;
  const parts = answersByPart(def, review.answers);
  const rules = requiredDocuments(def, review.answers);
  const fee = def.fee(review.answers, new Date());

  return (
    <>
      <p>
        <Link href="/dashboard">{t("clientReview.backToAccount")}</Link>
      </p>
      <p className="mb-1 text-lg text-muted">{t("clientReview.formName", { formType: def.id, title: text(def.title) })}</p>
      <h1>{t("clientReview.heading")}</h1>
      <p className="max-w-prose">{t("clientReview.preparedBy")}</p>
      <RepresentativeNamed representative={representative} />

      {review.submitted ? (
        <Alert kind="success" heading={t("clientReview.state.filed.heading")} testId="review-state">
          <p>{t("clientReview.state.filed.text")}</p>
        </Alert>
      ) : review.review === "SIGNED" ? (
        <Alert kind="success" heading={t("clientReview.state.signed.heading")} testId="review-state">
          <p>
            {review.signedAt
              ? t("clientReview.state.signed.textAt", { at: format.dateTime(review.signedAt, "dateTime") })
              : t("clientReview.state.signed.text")}
          </p>
        </Alert>
      ) : review.review === "CHANGES_REQUESTED" ? (
        <Alert kind="info" heading={t("clientReview.state.changesRequested.heading")} testId="review-state">
          {review.note && <p className="whitespace-pre-line">{review.note}</p>}
          <p>{t("clientReview.state.changesRequested.text")}</p>
        </Alert>
      ) : review.review === "DECLINED" ? (
        <Alert kind="info" heading={t("clientReview.state.declined.heading")} testId="review-state">
          <p>{t("clientReview.state.declined.text")}</p>
        </Alert>
      ) : (
        <p className="max-w-prose">{t("clientReview.state.sent")}</p>
      )}

      <AnswerParts parts={parts} />

      <section aria-labelledby="documents-heading" className="mb-10 max-w-3xl">
        <h2 id="documents-heading">{t("clientReview.documents.heading")}</h2>
        {rules.length === 0 ? (
          <p>{t("clientReview.documents.none")}</p>
        ) : (
          <dl className="m-0 border-t border-line" data-testid="documents">
            {rules.map((rule) => {
              const files = review.documents.filter((d) => d.kind === rule.id);
              return (
                <div key={rule.id} className="grid gap-2 border-b border-line py-3 sm:grid-cols-[2fr_3fr]">
                  <dt className="font-bold">{text(rule.label)}</dt>
                  <dd className="m-0 break-all">
                    {files.length === 0 ? t("clientReview.documents.notUploaded") : files.map((f) => f.name).join(", ")}
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>

      <section aria-labelledby="fee-heading" className="mb-10 max-w-prose">
        <h2 id="fee-heading">{t("clientReview.fee.heading")}</h2>
        <p data-testid="fee">
          {fee.onlineCents > 0
            ? t("clientReview.fee.paidByRepresentative", { fee: formatFee(fee.onlineCents) })
            : t("clientReview.fee.none")}
        </p>
      </section>

      <section aria-labelledby="g28-heading" className="mb-10 max-w-prose" data-testid="g28">
        <h2 id="g28-heading">{t("clientReview.g28.heading")}</h2>
        <p>{t("clientReview.g28.agree")}</p>
        <RepresentativeNamed representative={representative} />
        {!representative.verified && <p>{t("clientReview.g28.notVerified")}</p>}
        <p>{t("clientReview.g28.access")}</p>
      </section>

      {!review.submitted && review.review === "SENT" && (
        <ClientMessages namespaces={["clientReview"]}>
          <section aria-labelledby="sign-heading" className="mb-10 max-w-prose">
            <h2 id="sign-heading">{t("clientReview.sign.heading")}</h2>
            <p>{t("clientReview.sign.effect")}</p>
            <SignReviewForm
              filingId={review.id}
              version={review.version}
              certification={text(def.certification)}
              consent={text(g28ConsentText(representative))}
              signerName={def.signerName(review.answers)}
            />
          </section>
          <section aria-labelledby="changes-heading" className="mb-10 max-w-prose">
            <h2 id="changes-heading">{t("clientReview.changes.heading")}</h2>
            <RequestChangesForm filingId={review.id} owner={actor.id} />
          </section>
          <section aria-labelledby="decline-heading" className="mb-10 max-w-prose">
            <h2 id="decline-heading">{t("clientReview.decline.heading")}</h2>
            <p>{t("clientReview.decline.text")}</p>
            <DeclineReviewForm filingId={review.id} owner={actor.id} />
          </section>
        </ClientMessages>
      )}
    </>
  );
}
