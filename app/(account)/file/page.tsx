import type { Metadata } from "next";
import Link from "next/link";
import { applicantContext } from "@/lib/actions/contexts";
import { FORM_DEFINITIONS } from "@/lib/filing/definitions";
import { feeDependsOnAnswers } from "@/lib/filing/engine/fee-table";
import { localizeDefinition } from "@/lib/filing/engine/localize";
import { getReader, getT } from "@/lib/i18n/request";
import { formatCents } from "@/lib/payments/money";
import { StartForm } from "./start-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("filing.catalogue.title") };
}

export default async function FileCataloguePage() {
  await applicantContext();
  const reader = await getReader();
  const { t } = reader;
  const now = new Date();
  return (
    <>
      <p>
        <Link href="/dashboard">{t("filing.backToAccount")}</Link>
      </p>
      <h1>{t("filing.catalogue.title")}</h1>
      <p className="max-w-prose">{t("filing.catalogue.intro")}</p>
      <ul className="max-w-3xl list-none p-0" data-testid="form-catalogue">
        {FORM_DEFINITIONS.map((form) => {
          const def = localizeDefinition(form, reader);
          const fee = def.fee({}, now);
          return (
            <li key={def.id} className="mb-8 border-2 border-line p-6" data-testid="catalogue-form" data-form={def.id}>
              <h2 className="mt-0">
                {def.id}, {def.title}
              </h2>
              <p>{def.purpose}</p>
              <dl className="mb-4 grid grid-cols-facts gap-x-6 gap-y-2">
                <dt className="font-bold">{t("filing.catalogue.whoMayFile")}</dt>
                <dd className="m-0">{def.whoMayFile}</dd>
                <dt className="font-bold">{t("filing.catalogue.fee")}</dt>
                <dd className="m-0" data-testid="catalogue-fee">
                  {fee.onlineCents === 0 && fee.paperCents === 0
                    ? t("payments.noFee")
                    : t("filing.catalogue.feeOnlineAndPaper", { online: formatCents(fee.onlineCents), paper: formatCents(fee.paperCents) })}
                  {fee.reason && <span className="block text-muted">{fee.reason}</span>}
                  {feeDependsOnAnswers(def.id, now) && (
                    <span className="block text-muted" data-testid="catalogue-fee-varies">
                      {t("filing.catalogue.feeVaries")}
                    </span>
                  )}
                </dd>
                <dt className="font-bold">{t("filing.catalogue.time")}</dt>
                <dd className="m-0">{t("filing.catalogue.minutes", { minutes: def.minutes })}</dd>
              </dl>
              <h3 className="text-lg">{t("filing.catalogue.haveReady")}</h3>
              <ul className="mb-6 list-disc pl-6">
                {def.haveReady.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <StartForm formType={def.id} title={def.title} startLabel={t("filing.catalogue.start", { form: def.id })} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
