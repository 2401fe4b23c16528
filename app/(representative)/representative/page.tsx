import { representativeContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionRequiredMark, NewMark } from "@/components/cases/case-marks";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { formatUtcDate } from "@/lib/format";
import { clientCases } from "@/lib/representation/represented-case";

export const metadata: Metadata = { title: "My clients" };

export default async function MyClientsPage() {
  const { session, actor } = await representativeContext();
  const cases = await clientCases(actor);
  return (
    <>
      <p className="text-muted">
        Signed in as <strong className="text-ink">{session.user.email}</strong>
      </p>
      <h1>My clients</h1>
      <p className="max-w-prose">
        The cases on which you are the representative of record: a Form G-28 naming you is on file. You see a case for as long as the G-28
        is current.
      </p>
      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">Cases ({cases.length})</h2>
        {cases.length === 0 ? (
          <p data-testid="no-clients">
            You have no cases with a current G-28 yet. A case appears here when a client signs a form you prepared, or when an officer
            records a paper G-28 naming you.
          </p>
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
                    {c.clientName}: {c.formType}, {c.formName}
                  </Link>
                  {c.isNew && <NewMark />}
                  {c.actionRequired && <ActionRequiredMark />}
                </h3>
                <dl className="m-0 grid gap-x-4 sm:grid-cols-[max-content_1fr] sm:gap-y-1">
                  <dt className="text-muted">Client</dt>
                  <dd className="m-0" data-testid="client-name">
                    {c.clientName}
                  </dd>
                  <dt className="text-muted">Receipt number</dt>
                  <dd className="m-0">
                    <ReceiptNumber value={c.receiptNumber} />
                  </dd>
                  <dt className="text-muted">Status</dt>
                  <dd className="m-0 font-bold" data-testid="client-case-status">
                    {c.status}
                  </dd>
                  <dt className="text-muted">Last changed</dt>
                  <dd className="m-0">
                    <time dateTime={c.statusChangedAt.toISOString()}>{formatUtcDate(c.statusChangedAt)}</time>
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-8">
        <Link href="/representative/withdrawn">Withdrawn G-28s</Link>: cases you no longer represent.
      </p>
    </>
  );
}
