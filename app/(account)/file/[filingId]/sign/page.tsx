import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { answersByPart } from "@/lib/filing/engine/answers-by-part";
import { missingForSubmission } from "@/lib/filing/engine/readiness";
import { formatFee } from "@/lib/payments/money";
import { ownedDraft } from "../owned-draft";
import { preparerRows } from "./preparer-rows";
import { SendToClientForm } from "./send-to-client-form";
import { SignForm } from "./sign-form";
import { SubmitForClientForm } from "./submit-for-client-form";
import { ClientPanel } from "../client-panel";
import { buttonClass } from "@/components/ui/button";
import type { Draft } from "@/lib/filing/drafts";

type Params = { params: Promise<{ filingId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { draft } = await ownedDraft((await params).filingId);
  return { title: draft.client ? "Send to your client" : "Sign your form" };
}

export default async function SignPage({ params }: Params) {
  const { draft, actor } = await ownedDraft((await params).filingId);
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
  const preparer = preparerRows(answersByPart(draft.def, draft.answers));

  return (
    <>
      <p>
        <Link href={`${base}/check`}>Back to check your answers</Link>
      </p>
      <p className="mb-1 text-lg text-muted">
        {draft.def.id}, {draft.def.title}
      </p>
      <h1>Sign your form</h1>
      <p className="max-w-prose">
        Your electronic signature has the same effect as signing a paper form. We record the time, your internet address and your browser
        with it.
      </p>
      {preparer.length > 0 && (
        <section aria-labelledby="preparer-heading" className="mb-8 max-w-prose border-l-4 border-line pl-4" data-testid="preparer">
          <h2 id="preparer-heading">Prepared by someone else</h2>
          <p>Your answers say that someone else prepared this form for you. Their details are filed with it:</p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
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
        {fee.onlineCents > 0
          ? `After you sign, you pay the fee of ${formatFee(fee.onlineCents)} online. Your form is submitted once the payment goes through.`
          : "This form has no fee. It is submitted as soon as you sign."}
      </p>
      <SignForm
        filingId={draft.id}
        certification={draft.def.certification}
        signerName={draft.def.signerName(draft.answers)}
        submitLabel={fee.onlineCents > 0 ? "Sign and continue to payment" : "Sign and submit"}
        owner={actor.id}
      />
    </>
  );
}

/** A representative's form for a client: the client signs in their own account, so this page sends it to them. */
function SendToClientPage({ draft, client, feeCents }: { draft: Draft; client: NonNullable<Draft["client"]>; feeCents: number }) {
  const base = `/file/${draft.id}`;
  const sendable = client.review === null || client.review === "SENT" || client.review === "CHANGES_REQUESTED";
  return (
    <>
      <p>
        <Link href={`${base}/check`}>Back to check your answers</Link>
      </p>
      <p className="mb-1 text-lg text-muted">
        {draft.def.id}, {draft.def.title}
      </p>
      <h1>Send to your client</h1>
      <p className="max-w-prose">
        Your client reviews every answer and the consent to representation (Form G-28) in their own account, and signs both there. You never
        sign for them. Once they have signed, you pay the fee, if there is one, and submit the form.
      </p>
      <ClientPanel client={client} />
      {client.review === "SIGNED" ? (
        feeCents > 0 ? (
          <p>
            <Link href={`${base}/pay`} className={buttonClass("primary")}>
              Continue to payment ({formatFee(feeCents)})
            </Link>
          </p>
        ) : (
          <SubmitForClientForm filingId={draft.id} />
        )
      ) : sendable ? (
        <SendToClientForm filingId={draft.id} label={client.review === null ? "Send to client for review" : "Send to client again"} />
      ) : null}
    </>
  );
}
