import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { filerContext } from "@/lib/actions/contexts";
import { paymentReturnView } from "@/lib/payments/payment-views";
import { RefreshWhileWaiting } from "./refresh-while-waiting";

export const metadata: Metadata = { title: "Payment received" };

type Props = { params: Promise<{ filingId: string }>; searchParams: Promise<{ session_id?: string | string[] }> };

const SLOW_MS = 2 * 60_000;

export default async function PaymentReturnPage({ params, searchParams }: Props) {
  const { actor } = await filerContext();
  const { filingId } = await params;
  const { session_id: sessionId } = await searchParams;
  const view = await paymentReturnView(actor, filingId, typeof sessionId === "string" ? sessionId : null);
  if (view.kind === "not_found") notFound();
  if (view.kind === "submitted") redirect(`/file/${filingId}/confirmation`);
  if (view.kind === "not_paid") redirect(`/file/${filingId}/pay?returned=1`);
  const slow = Date.now() - view.since.getTime() > SLOW_MS;
  return (
    <>
      <h1>Payment received</h1>
      <div role="status" data-testid="payment-received">
        <p className="max-w-prose">
          Thank you. We are filing your form now; this page moves on to your confirmation by itself. You do not need to pay again.
        </p>
      </div>
      {slow && (
        <Alert kind="warning" heading="This is taking longer than usual">
          <p>Your payment is safe and your form will be filed. You can leave this page: the filing appears on your dashboard.</p>
        </Alert>
      )}
      <p>
        <Link href={`/file/${filingId}/pay/return${typeof sessionId === "string" ? `?session_id=${encodeURIComponent(sessionId)}` : ""}`}>
          Check again
        </Link>
      </p>
      <RefreshWhileWaiting />
    </>
  );
}
