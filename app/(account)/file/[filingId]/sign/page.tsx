import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { answersByPart } from "@/lib/filing/engine/answers-by-part";
import { missingForSubmission } from "@/lib/filing/engine/readiness";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getReader } from "@/lib/i18n/request";
import { feeText } from "@/lib/payments/money";
import { ownedDraft } from "../owned-draft";
import { preparerRows } from "./preparer-rows";
import { SendToClientForm } from "./send-to-client-form";
import { SignForm } from "./sign-form";
import { SubmitForClientForm } from "./submit-for-client-form";
import { ClientPanel } from "../client-panel";
import { buttonClass } from "@/components/ui/button";
import { draftVersion, type Draft } from "@/lib/filing/drafts";

type Params = { params: Promise<{ filingId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { draft, reader } = await ownedDraft((await params).filingId);
  return { title: reader.t(draft.client ? "filing.sign.sendTitle" : "filing.sign.title") };
}

export default async function SignPage({ params }: Params) {
  const { draft, actor, reader } = await ownedDraft((await params).filingId);
  const { t } = reader;
  const base = `/file/${draft.id}`;
  if (draft.status === "SUBMITTED") redirect(`${base}/confirmation`);
  // Nothing can be signed while something required is missing: the check page says what.
  if (
    missingForSubmission(
      draft.def,
      draft.answers,
      draft.documents.map((d) => d.kind),
    ).length > 0
  )
    redirect(`${base}/check`);
  const fee = draft.def.fee(draft.answers, new Date());
  if (draft.client) return <SendToClientPage draft={draft} client={draft.client} feeCents={fee.onlineCents} />;
  const preparer = preparerRows(answersByPart(draft.def, draft.answers, reader));

  return (
    <>
      <p>
        <Link href={`${base}/check`}>{t("filing.sign.backToCheck")}</Link>
      </p>
      <p className="mb-1 text-lg text-muted">
        {draft.def.id}, {draft.def.title}
      </p>
      <h1>{t("filing.sign.title")}</h1>
      <p className="max-w-prose">{t("filing.sign.intro")}</p>
      {preparer.length > 0 && (
        <section aria-labelledby="preparer-heading" className="mb-8 max-w-prose border-l-4 border-line pl-4" data-testid="preparer">
          <h2 id="preparer-heading">{t("filing.sign.preparerHeading")}</h2>
          <p>{t("filing.sign.preparerIntro")}</p>
          <dl className="grid grid-cols-facts gap-x-4 gap-y-1">
            {preparer.map((row) => (
              <div key={row.questionId} className="contents">
                <dt className="font-bold">{row.label}</dt>
                <dd className="m-0">{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p className="max-w-prose" data-testid="sign-fee">
        {fee.onlineCents > 0 ? t("filing.sign.feeAfter", { amount: feeText(fee.onlineCents, t) }) : t("filing.sign.noFee")}
      </p>
      <ClientMessages namespaces={["filing"]}>
        <SignForm
          filingId={draft.id}
          version={draftVersion(draft.lastSavedAt)}
          certification={draft.def.certification}
          signerName={draft.def.signerName(draft.answers)}
          submitLabel={fee.onlineCents > 0 ? t("filing.sign.signAndPay") : t("filing.sign.signAndSubmit")}
          owner={actor.id}
        />
      </ClientMessages>
    </>
  );
}

/** A representative's form for a client: the client signs in their own account, so this page sends it to them. */
async function SendToClientPage({ draft, client, feeCents }: { draft: Draft; client: NonNullable<Draft["client"]>; feeCents: number }) {
  const { t } = await getReader();
  const base = `/file/${draft.id}`;
  const sendable = client.review === null || client.review === "SENT" || client.review === "CHANGES_REQUESTED";
  return (
    <>
      <p>
        <Link href={`${base}/check`}>{t("filing.sign.backToCheck")}</Link>
      </p>
      <p className="mb-1 text-lg text-muted">
        {draft.def.id}, {draft.def.title}
      </p>
      <h1>{t("filing.sign.sendTitle")}</h1>
      <p className="max-w-prose">{t("filing.sign.sendIntro")}</p>
      <ClientPanel client={client} />
      {client.review === "SIGNED" ? (
        feeCents > 0 ? (
          <p>
            <Link href={`${base}/pay`} className={buttonClass("primary")}>
              {t("filing.sign.continueToPayment", { amount: feeText(feeCents, t) })}
            </Link>
          </p>
        ) : (
          <ClientMessages namespaces={["filing"]}>
            <SubmitForClientForm filingId={draft.id} />
          </ClientMessages>
        )
      ) : sendable ? (
        <ClientMessages namespaces={["filing"]}>
          <SendToClientForm
            filingId={draft.id}
            label={client.review === null ? t("filing.sign.sendForReview") : t("filing.sign.sendAgain")}
          />
        </ClientMessages>
      ) : null}
    </>
  );
}
