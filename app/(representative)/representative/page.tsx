import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import type { Metadata } from "next";
import Link from "next/link";
import { statusTitleIn } from "@/lib/cases/statuses";
import { ActionRequiredMark, NewMark } from "@/components/cases/case-marks";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { PageLinks } from "@/components/ui/page-links";
import { getReader, getT } from "@/lib/i18n/request";
import { parsePageNumber } from "@/lib/http/page-number";
import { clientCases } from "@/lib/representation/represented-case";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("representative.myClients.title") };
}

export default async function MyClientsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const { session, actor } = await representativeWithProfileContext();
  const { t, format, text } = await getReader();
  const list = await clientCases(actor, { page: parsePageNumber((await searchParams).page) });
  const { cases } = list;
  return (
    <>
      <p className="text-muted">
        {t.rich("representative.myClients.signedInAs", {
          email: session.user.email,
          strong: (chunks) => <strong className="text-ink">{chunks}</strong>,
        })}
      </p>
      <h1>{t("representative.myClients.title")}</h1>
      <p className="max-w-prose">{t("representative.myClients.intro")}</p>
      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">
          {t("representative.myClients.casesHeading", { count: list.total })}
          {list.pageCount > 1 && (
            <span className="font-normal text-muted">
              {" "}
              {t("representative.myClients.page", { page: list.page, pageCount: list.pageCount })}
            </span>
          )}
        </h2>
        {cases.length === 0 ? (
          <p data-testid="no-clients">{t("representative.myClients.none")}</p>
        ) : (
          <ul className="mb-0 max-w-3xl list-none p-0" data-testid="client-cases">
            {cases.map((c) => (
              <li
                key={c.receiptNumber}
                className="mb-4 border-2 border-line p-4 sm:p-5"
                data-testid="client-case"
                data-receipt={c.receiptNumber}
              >
                <h3 className="mt-0 mb-1 text-lg font-bold">
                  {/* No prefetch: rendering the case page counts as a visit and would clear the "new" mark. */}
                  <Link href={`/representative/cases/${c.receiptNumber}`} prefetch={false}>
                    {t("representative.caseName", { client: c.clientName, formType: c.formType, formName: text(c.formName) })}
                  </Link>
                  {c.isNew && <NewMark />}
                  {c.actionRequired && <ActionRequiredMark />}
                </h3>
                <dl className="m-0 grid gap-x-4 sm:grid-cols-facts sm:gap-y-1">
                  <dt className="text-muted">{t("representative.fields.client")}</dt>
                  <dd className="m-0" data-testid="client-name">
                    {c.clientName}
                  </dd>
                  <dt className="text-muted">{t("representative.fields.receiptNumber")}</dt>
                  <dd className="m-0">
                    <ReceiptNumber value={c.receiptNumber} />
                  </dd>
                  <dt className="text-muted">{t("representative.fields.status")}</dt>
                  <dd className="m-0 font-bold" data-testid="client-case-status">
                    {statusTitleIn(c.status, t)}
                  </dd>
                  <dt className="text-muted">{t("representative.fields.lastChanged")}</dt>
                  <dd className="m-0">
                    <time dateTime={c.statusChangedAt.toISOString()}>{format.dateTime(c.statusChangedAt, "date")}</time>
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
        <PageLinks
          label={t("representative.myClients.pagesNav")}
          page={list.page}
          pageCount={list.pageCount}
          href={(page) => `/representative?page=${page}`}
          previous={t("representative.myClients.previous")}
          next={t("representative.myClients.next")}
        />
      </section>
      <p className="mt-8">
        {t.rich("representative.myClients.formsLink", {
          link: (chunks) => <Link href="/representative/file">{chunks}</Link>,
        })}
      </p>
      <p>
        {t.rich("representative.myClients.withdrawnLink", {
          link: (chunks) => <Link href="/representative/withdrawn">{chunks}</Link>,
        })}
      </p>
    </>
  );
}
