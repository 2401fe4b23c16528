import Link from "next/link";
import type { DashboardCase } from "@/lib/cases/dashboard";
import { statusTitleIn } from "@/lib/cases/statuses";
import { getReader } from "@/lib/i18n/request";
import type { Reader } from "@/lib/i18n/translator";
import { ActionRequiredMark, NewMark } from "@/components/cases/case-marks";
import { ReceiptNumber } from "@/components/cases/receipt-number";

/** The cards; grouped by person, each person's cases under their name (the list is sorted by name). */
export async function CaseList({ cases, byPerson = false }: { cases: DashboardCase[]; byPerson?: boolean }) {
  const reader = await getReader();
  if (!byPerson) return <CaseCards cases={cases} Heading="h3" reader={reader} />;
  const groups = new Map<string, DashboardCase[]>();
  for (const c of cases) groups.set(c.applicantName, [...(groups.get(c.applicantName) ?? []), c]);
  return (
    <div data-testid="case-groups">
      {[...groups].map(([name, group]) => (
        <section key={name} aria-label={reader.t("dashboard.card.casesOf", { name })} data-testid="case-group">
          <h3 className="mb-3 text-xl">{name}</h3>
          <CaseCards cases={group} Heading="h4" reader={reader} />
        </section>
      ))}
    </div>
  );
}

function CaseCards({ cases, Heading, reader }: { cases: DashboardCase[]; Heading: "h3" | "h4"; reader: Reader }) {
  const { t, format, text } = reader;
  return (
    <ul className="mb-0 max-w-3xl list-none p-0" data-testid="case-list">
      {cases.map((c) => (
        <li key={c.receiptNumber} className="mb-4 border-2 border-line p-4 sm:p-5" data-testid="case-card" data-receipt={c.receiptNumber}>
          <Heading className="mt-0 mb-1 text-lg font-bold">
            {/* No prefetch: rendering the case page counts as a visit and would clear the "new" mark. */}
            <Link href={`/cases/${c.receiptNumber}`} prefetch={false}>
              {c.formType}: {text(c.formName)}
            </Link>
            {c.isNew && <NewMark />}
            {c.actionRequired && <ActionRequiredMark />}
          </Heading>
          <dl className="m-0 grid gap-x-4 sm:grid-cols-facts sm:gap-y-1">
            <dt className="text-muted">{t("dashboard.card.applicant")}</dt>
            <dd className="m-0" data-testid="case-applicant">
              {c.applicantName}
            </dd>
            <dt className="text-muted">{t("dashboard.card.receiptNumber")}</dt>
            <dd className="m-0">
              <ReceiptNumber value={c.receiptNumber} />
            </dd>
            <dt className="text-muted">{t("dashboard.card.status")}</dt>
            <dd className="m-0 font-bold">{statusTitleIn(c.status, t)}</dd>
            <dt className="text-muted">{t("dashboard.card.lastChanged")}</dt>
            <dd className="m-0">
              <time dateTime={c.statusChangedAt.toISOString()}>{format.dateTime(c.statusChangedAt, "date")}</time>
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
