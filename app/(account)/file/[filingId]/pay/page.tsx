import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { filerContext } from "@/lib/actions/contexts";
import { filingText } from "@/lib/filing/engine/localize";
import { getReader, getT } from "@/lib/i18n/request";
import { formatCents } from "@/lib/payments/money";
import { payPageView } from "@/lib/payments/payment-views";
import { PayForm } from "./pay-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("payments.pay.title") };
}

type Props = { params: Promise<{ filingId: string }>; searchParams: Promise<{ returned?: string | string[] }> };

export default async function PayPage({ params, searchParams }: Props) {
  const { actor } = await filerContext();
  const reader = await getReader();
  const { t } = reader;
  const { filingId } = await params;
  const { returned } = await searchParams;
  const view = await payPageView(actor, filingId, returned !== undefined);
  if (view.kind === "not_found") notFound();
  if (view.kind === "submitted") redirect(`/file/${view.filingId}/confirmation`);
  if (view.kind === "paid") redirect(`/file/${view.filingId}/pay/return`);
  const back = (
    <p className="mt-8">
      <Link href={`/file/${view.filingId}`}>{t("payments.pay.backToForm")}</Link>
    </p>
  );
  if (view.kind !== "pay") {
    const text = {
      unsigned: { key: "payments.pay.unsigned", link: `/file/${view.filingId}/sign` },
      no_fee: { key: "payments.pay.noFee", link: `/file/${view.filingId}/check` },
      not_ready: { key: "payments.pay.notReady", link: `/file/${view.filingId}/check` },
    }[view.kind];
    return (
      <>
        <h1>{t("payments.pay.title")}</h1>
        <Alert kind="warning" heading={t(`${text.key}.heading`)}>
          <p>{t(`${text.key}.body`)}</p>
          <p>
            <Link href={text.link}>{t(`${text.key}.link`)}</Link>
          </p>
        </Alert>
        {back}
      </>
    );
  }
  const amount = formatCents(view.fee.onlineCents);
  return (
    <>
      <h1>{t("payments.pay.title")}</h1>
      {view.problem && (
        <Alert kind="error" heading={t("payments.pay.problemHeading")} live testId="payment-problem">
          <p>{reader.text(view.problem)}</p>
          <p>{t("payments.pay.problemKept")}</p>
        </Alert>
      )}
      <dl className="mb-6 grid max-w-prose grid-cols-facts gap-x-4 gap-y-2">
        <dt className="font-bold">{t("payments.pay.form")}</dt>
        <dd className="m-0">
          {view.formType}, {filingText(view.formTitle, reader)}
        </dd>
        <dt className="font-bold">{t("payments.pay.fee")}</dt>
        <dd className="m-0" data-testid="fee-amount">
          {amount}
        </dd>
        <dt className="font-bold">{t("payments.pay.whatFor")}</dt>
        <dd className="m-0">
          {filingText(view.fee.reason, reader)}
          {view.fee.paperCents > view.fee.onlineCents && <> {t("payments.pay.onPaper", { amount: formatCents(view.fee.paperCents) })}</>}
        </dd>
      </dl>
      <p className="max-w-prose">{t("payments.pay.stripe")}</p>
      {view.testMode && (
        <Alert kind="info" heading={t("payments.pay.testHeading")}>
          <p>{t("payments.pay.testBody")}</p>
        </Alert>
      )}
      <PayForm filingId={view.filingId} label={view.problem ? t("payments.pay.tryAgain") : t("payments.pay.pay", { amount })} />
      {back}
    </>
  );
}
