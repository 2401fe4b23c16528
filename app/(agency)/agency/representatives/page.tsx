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

export const metadata: Metadata = { title: "Representatives" };

export default async function RepresentativesPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { session } = await officerContext();
  const { q } = await searchParams;
  const found = await findRepresentatives(session, typeof q === "string" ? q : undefined);
  return (
    <>
      <h1>Representatives</h1>
      <p className="max-w-prose">
        Attorneys and accredited representatives with accounts. Open one to check their profile and mark their details verified; until then
        their clients see &ldquo;Details not verified&rdquo;.
      </p>
      {/* A plain GET form, so a search has its own address. */}
      <Form action="/agency/representatives" role="search" aria-label="Find a representative" noValidate className="mb-8">
        <TextField
          name="q"
          label="Email, name, organization or account number"
          hint="Part of an email address, a name or an organization; or the 12-digit account number."
          required={false}
          autoComplete="off"
          spellCheck={false}
          defaultValue={found.query}
          error={found.ok ? undefined : found.message}
        />
        <SubmitButton>Search</SubmitButton>
        {found.query && (
          <p className="mt-4">
            <Link href="/agency/representatives">Show all representatives</Link>
          </p>
        )}
      </Form>
      {found.ok &&
        (found.representatives.length === 0 ? (
          <p data-testid="representatives-empty">{found.query ? "No representative matches this search." : "No representatives yet."}</p>
        ) : (
          <section aria-labelledby="representatives-heading">
            <h2 id="representatives-heading">
              {found.query ? `Representatives matching “${found.query}”` : "All representatives, newest first"}
            </h2>
            {found.more && <Alert kind="info">Only the first 50 are shown. Search to narrow the list.</Alert>}
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
                      <span className="text-muted">No profile yet</span>
                    )}
                  </p>
                  <p className="mb-0 text-muted">
                    Account number <span className="font-mono whitespace-nowrap">{formatAccountNumber(rep.accountNumber)}</span>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
