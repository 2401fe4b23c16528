import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { filerContext } from "@/lib/actions/contexts";
import { getT } from "@/lib/i18n/request";
import { paymentReturnView } from "@/lib/payments/payment-views";
import { RefreshWhileWaiting } from "./refresh-while-waiting";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("payments.received.title") };
}

type Props = { params: Promise<{ filingId: string }>; searchParams: Promise<{ session_id?: string | string[] }> };

const SLOW_MS = 2 * 60_000;

export default async function PaymentReturnPage({ params, searchParams }: Props) {
  const { actor } = await filerContext();
  const t = await getT();
  const { filingId } = await params;
  const { session_id: sessionId } = await searchParams;
  const view = await paymentReturnView(actor, filingId, typeof sessionId === "string" ? sessionId : null);
  if (view.kind === "not_found") notFound();
  if (view.kind === "submitted") redirect(`/file/${filingId}/confirmation`);
  if (view.kind === "not_paid") redirect(`/file/${filingId}/pay?returned=1`);
  const slow = Date.now() - view.since.getTime() > SLOW_MS;
  return (
    <>
      <h1>{t("payments.received.title")}</h1>
      <div role="status" data-testid="payment-received">
        <p className="max-w-prose">{t("payments.received.body")}</p>
      </div>
      {/* Always on the page, so the warning is announced when a refresh adds it. */}
      <div role="status" data-testid="payment-slow">
        {slow && (
          <Alert kind="warning" heading={t("payments.received.slowHeading")}>
            <p>{t("payments.received.slowBody")}</p>
          </Alert>
        )}
      </div>
      <p>
        <Link href={`/file/${filingId}/pay/return${typeof sessionId === "string" ? `?session_id=${encodeURIComponent(sessionId)}` : ""}`}>
          {t("payments.received.checkAgain")}
        </Link>
      </p>
      <RefreshWhileWaiting />
    </>
  );
}
