import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { RepresentativeLabel } from "@/components/representation/representative-label";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { formatAccountNumber } from "@/lib/account/account-number";
import { officerContext } from "@/lib/actions/contexts";
import { findRepresentatives } from "@/lib/representation/representatives-for-officer";
import { getReader, getT } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agency.reps.title") };
}

export default async function RepresentativesPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { session } = await officerContext();
  const { q } = await searchParams;
  const found = await findRepresentatives(session, typeof q === "string" ? q : undefined);
  const { t, text } = await getReader();
  return (
    <>
      <h1>{t("agency.reps.title")}</h1>
      <p className="max-w-prose">{t("agency.reps.intro")}</p>
      {/* A plain GET form, so a search has its own address. */}
      <Form action="/agency/representatives" role="search" aria-label={t("agency.reps.searchLabel")} noValidate className="mb-8">
        <TextField
          name="q"
          label={t("agency.reps.queryLabel")}
          hint={t("agency.reps.queryHint")}
          required={false}
          autoComplete="off"
          spellCheck={false}
          defaultValue={found.query}
          error={found.ok ? undefined : text(found.message)}
        />
        <SubmitButton>{t("agency.reps.search")}</SubmitButton>
        {found.query && (
          <p className="mt-4">
            <Link href="/agency/representatives">{t("agency.reps.showAll")}</Link>
          </p>
        )}
      </Form>
      {found.ok &&
        (found.representatives.length === 0 ? (
          <p data-testid="representatives-empty">{found.query ? t("agency.reps.noMatch") : t("agency.reps.noneYet")}</p>
        ) : (
          <section aria-labelledby="representatives-heading">
            <h2 id="representatives-heading">{found.query ? t("agency.reps.matching", { query: found.query }) : t("agency.reps.all")}</h2>
            {found.more && <Alert kind="info">{t("agency.reps.onlyFirst")}</Alert>}
            <ul className="max-w-prose list-none divide-y divide-line border-y border-line p-0" data-testid="representative-list">
              {found.representatives.map((rep) => (
                <li key={rep.accountNumber} className="py-3">
                  <Link href={`/agency/representatives/${rep.accountNumber}`} prefetch={false}>
                    {rep.email}
                  </Link>
                  <p className="mb-0">
                    {rep.fullName ? (
                      <RepresentativeLabel name={rep.fullName} organization={rep.organization} verified={rep.verified} />
                    ) : (
                      <span className="text-muted">{t("agency.reps.noProfile")}</span>
                    )}
                  </p>
                  <p className="mb-0 text-muted">
                    {t.rich("agency.reps.accountNumber", {
                      accountNumber: formatAccountNumber(rep.accountNumber),
                      number: (chunks) => <span className="font-mono whitespace-nowrap">{chunks}</span>,
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
