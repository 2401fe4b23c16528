import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AnswerParts } from "@/components/filing/answer-parts";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { answersByPart } from "@/lib/filing/engine/answers-by-part";
import { missingForSubmission, requiredDocuments } from "@/lib/filing/engine/readiness";
import { filingText } from "@/lib/filing/engine/localize";
import { getT } from "@/lib/i18n/request";
import { feeText } from "@/lib/payments/money";
import { ownedDraft } from "../owned-draft";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("filing.check.title") };
}

type Params = { params: Promise<{ filingId: string }> };

export default async function CheckAnswersPage({ params }: Params) {
  const { draft, reader } = await ownedDraft((await params).filingId);
  const { t } = reader;
  if (draft.status === "SUBMITTED") redirect(`/file/${draft.id}/confirmation`);
  const base = `/file/${draft.id}`;
  const parts = answersByPart(draft.def, draft.answers, reader);
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
        <Link href={base}>{t("filing.backToTaskList")}</Link>
      </p>
      <p className="mb-1 text-lg text-muted">
        {draft.def.id}, {draft.def.title}
      </p>
      <h1>{t("filing.check.title")}</h1>

      {missing.length > 0 ? (
        <Alert kind="warning" heading={t("filing.check.notYet")} testId="missing">
          <p>{t("filing.check.stillNeeded")}</p>
          <ul className="mb-0 list-disc pl-6">
            {missing.map((m, index) => (
              <li key={`${m.pageId ?? m.documentId ?? "item"}-${index}`}>
                <Link href={m.documentId ? `${base}/documents?return=check` : m.pageId ? `${base}/${m.pageId}?return=check` : base}>
                  {filingText(m.message, reader)}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <AnswerParts parts={parts} changeBase={base} />

      <section aria-labelledby="documents-heading" className="mb-10 max-w-3xl">
        <h2 id="documents-heading">{t("filing.check.documents")}</h2>
        {rules.length === 0 ? (
          <p>{t("filing.check.noDocuments")}</p>
        ) : (
          <dl className="m-0 border-t border-line" data-testid="documents">
            {rules.map((rule) => {
              const files = draft.documents.filter((d) => d.kind === rule.id);
              return (
                <div key={rule.id} className="grid gap-2 border-b border-line py-3 sm:grid-cols-[2fr_3fr_max-content]">
                  <dt className="font-bold">
                    {rule.label}
                    {!rule.isRequired && <span className="font-normal text-muted"> {t("filing.optional")}</span>}
                  </dt>
                  <dd className="m-0 break-all">
                    {files.length === 0 ? t("filing.check.notUploaded") : files.map((f) => f.name).join(", ")}
                  </dd>
                  <dd className="m-0">
                    <Link href={`${base}/documents?return=check`}>
                      {t("filing.change")}
                      <span className="sr-only"> {rule.label}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>

      <section aria-labelledby="fee-heading" className="mb-10 max-w-prose">
        <h2 id="fee-heading">{t("filing.check.fee")}</h2>
        <p className="text-xl font-bold" data-testid="fee">
          {feeText(fee.onlineCents, t)}
        </p>
        <p>
          {fee.reason}
          {fee.paperCents > fee.onlineCents && <> {t("filing.check.paperCosts", { amount: feeText(fee.paperCents, t) })}</>}
        </p>
      </section>

      {missing.length === 0 && (
        <p>
          <Link href={`${base}/sign`} className={buttonClass("primary")}>
            {draft.client ? t("filing.check.continueToSend") : t("filing.check.continueToSign")}
          </Link>
        </p>
      )}
    </>
  );
}
