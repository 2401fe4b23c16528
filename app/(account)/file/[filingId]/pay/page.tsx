import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { filerContext } from "@/lib/actions/contexts";
import { formatCents } from "@/lib/payments/money";
import { payPageView } from "@/lib/payments/payment-views";
import { PayForm } from "./pay-form";

export const metadata: Metadata = { title: "Pay the filing fee" };

type Props = { params: Promise<{ filingId: string }>; searchParams: Promise<{ returned?: string | string[] }> };

export default async function PayPage({ params, searchParams }: Props) {
  const { actor } = await filerContext();
  const { filingId } = await params;
  const { returned } = await searchParams;
  const view = await payPageView(actor, filingId, returned !== undefined);
  if (view.kind === "not_found") notFound();
  if (view.kind === "submitted") redirect(`/file/${view.filingId}/confirmation`);
  if (view.kind === "paid") redirect(`/file/${view.filingId}/pay/return`);
  const back = (
    <p className="mt-8">
      <Link href={`/file/${view.filingId}`}>Back to your form</Link>
    </p>
  );
  if (view.kind !== "pay") {
    const text = {
      unsigned: {
        heading: "Sign the form first",
        body: "The fee is paid after you sign the form.",
        link: `/file/${view.filingId}/sign`,
        linkText: "Sign the form",
      },
      no_fee: {
        heading: "There is no fee to pay",
        body: "This form has no fee with your answers.",
        link: `/file/${view.filingId}/check`,
        linkText: "Check your answers",
      },
      not_ready: {
        heading: "Finish the form first",
        body: "Some answers or documents are still missing. The fee is paid once the form is complete and signed.",
        link: `/file/${view.filingId}/check`,
        linkText: "See what is missing",
      },
    }[view.kind];
    return (
      <>
        <h1>Pay the filing fee</h1>
        <Alert kind="warning" heading={text.heading}>
          <p>{text.body}</p>
          <p>
            <Link href={text.link}>{text.linkText}</Link>
          </p>
        </Alert>
        {back}
      </>
    );
  }
  const amount = formatCents(view.fee.onlineCents);
  return (
    <>
      <h1>Pay the filing fee</h1>
      {view.problem && (
        <Alert kind="error" heading="Your payment was not made" live testId="payment-problem">
          <p>{view.problem}</p>
          <p>Your answers, documents and signature are kept. You can try again.</p>
        </Alert>
      )}
      <dl className="mb-6 grid max-w-prose grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
        <dt className="font-bold">Form</dt>
        <dd className="m-0">
          {view.formType}, {view.formTitle}
        </dd>
        <dt className="font-bold">Fee</dt>
        <dd className="m-0" data-testid="fee-amount">
          {amount}
        </dd>
        <dt className="font-bold">What it is for</dt>
        <dd className="m-0">
          {view.fee.reason} On paper, the same filing costs {formatCents(view.fee.paperCents)}.
        </dd>
      </dl>
      <p className="max-w-prose">
        You pay on Stripe&apos;s secure payment page; your card details never reach this portal. Your form is filed as soon as Stripe tells
        us the fee is paid, even if you close this window.
      </p>
      {view.testMode && (
        <Alert kind="info" heading="Test payments: no money moves">
          <p>
            This portal is not connected to Stripe. A test payment page stands in for it: the card 4242 4242 4242 4242 pays, and 4000 0000
            0000 0002 is declined.
          </p>
        </Alert>
      )}
      <PayForm filingId={view.filingId} label={view.problem ? "Try again" : `Pay ${amount}`} />
      {back}
    </>
  );
}
