import { agencyDay } from "../../agency/agency-calendar";
import type { Fee } from "../definition";

// The fee table: what each kind of filing costs, online and on paper, in integer cents, from the date
// each amount takes effect. A definition's fee() picks the kind from the answers and asks for the
// amount in force on the day; the fee is computed on the server only, never taken from the page.
//
// The amounts and exemptions are EXAMPLES modelled on the published fee schedule of 1 April 2024
// (I-765: $470 online, $520 on paper, $260 with a pending I-485); they are not legal advice and must
// be checked against the official fee schedule before real use. A new schedule is new rows with a
// later `from` date.

export type FeeRow = {
  form: string;
  /** The kind of filing within the form, chosen by the definition from the answers. */
  key: string;
  /** The first day this amount applies, on the agency's calendar (lib/agency/agency-calendar.ts), YYYY-MM-DD. */
  from: string;
  onlineCents: number;
  paperCents: number;
  /** The rule recorded with the filing; by default `${from}:${form}:${key}`. */
  rule?: string;
};

export const FEE_TABLE: readonly FeeRow[] = [
  // Before the 2024 schedule: one amount whether filed online or on paper (example).
  { form: "I-765", key: "standard", from: "2016-12-23", onlineCents: 41_000, paperCents: 41_000 },
  { form: "I-765", key: "standard", from: "2024-04-01", onlineCents: 47_000, paperCents: 52_000 },
  // Example exemptions: a first card for an asylum applicant ((c)(8)), a refugee ((a)(3)) or an asylee ((a)(5)).
  { form: "I-765", key: "exempt-asylum-initial", from: "2016-12-23", onlineCents: 0, paperCents: 0 },
  { form: "I-765", key: "exempt-refugee-asylee-initial", from: "2016-12-23", onlineCents: 0, paperCents: 0 },
  // Example: (c)(9) with an I-485 filed before 1 April 2024, whose fee then covered this card.
  { form: "I-765", key: "exempt-c9-covered-by-i485", from: "2016-12-23", onlineCents: 0, paperCents: 0 },
  // Example: (c)(9) with an I-485 filed on or after 1 April 2024: a reduced fee, the same on paper.
  { form: "I-765", key: "c9-pending-i485", from: "2024-04-01", onlineCents: 26_000, paperCents: 26_000 },
  // AR-11 has never had a fee.
  { form: "AR-11", key: "none", from: "1952-06-27", onlineCents: 0, paperCents: 0, rule: "AR-11:none" },
];

/**
 * The row in force on `on` for a form and kind: the one with the latest `from` not after that day,
 * a day on the agency's calendar (a new fee starts at midnight there).
 */
export function feeRow(form: string, key: string, on: Date): FeeRow {
  const day = agencyDay(on);
  const rows = FEE_TABLE.filter((row) => row.form === form && row.key === key).sort((a, b) => a.from.localeCompare(b.from));
  if (rows.length === 0) throw new Error(`No fee table row for ${form} ${key}`);
  return rows.filter((row) => row.from <= day).at(-1) ?? rows[0];
}

/** The fee for a form and kind on a day, with the definition's words for why. */
export function feeFor(form: string, key: string, on: Date, reason: string): Fee {
  const row = feeRow(form, key, on);
  return { onlineCents: row.onlineCents, paperCents: row.paperCents, rule: row.rule ?? `${row.from}:${row.form}:${row.key}`, reason };
}

/**
 * Whether what a form costs on a day depends on the answers: its kinds in force then differ in
 * amount (the catalogue says so beside the standard fee).
 */
export function feeDependsOnAnswers(form: string, on: Date): boolean {
  const day = agencyDay(on);
  // Only kinds in force that day (feeRow would answer a later kind's first row).
  const keys = new Set(FEE_TABLE.filter((row) => row.form === form && row.from <= day).map((row) => row.key));
  const amounts = new Set(
    [...keys].map((key) => {
      const row = feeRow(form, key, on);
      return `${row.onlineCents}/${row.paperCents}`;
    }),
  );
  return amounts.size > 1;
}
