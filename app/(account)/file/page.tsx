import type { Metadata } from "next";
import Link from "next/link";
import { applicantContext } from "@/lib/actions/contexts";
import { FORM_DEFINITIONS } from "@/lib/filing/definitions";
import { formatFee } from "@/lib/payments/money";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "File a form online" };

export default async function FileCataloguePage() {
  await applicantContext();
  const now = new Date();
  return (
    <>
      <p>
        <Link href="/dashboard">Back to my account</Link>
      </p>
      <h1>File a form online</h1>
      <p className="max-w-prose">
        These forms can be filed online. Your answers are saved each time you select Continue, so you can stop and come back later from your
        account. We check each page as you go and tell you what is missing before you submit.
      </p>
      <ul className="max-w-3xl list-none p-0" data-testid="form-catalogue">
        {FORM_DEFINITIONS.map((def) => {
          const fee = def.fee({}, now);
          return (
            <li key={def.id} className="mb-8 border-2 border-line p-6" data-testid="catalogue-form" data-form={def.id}>
              <h2 className="mt-0">
                {def.id}, {def.title}
              </h2>
              <p>{def.purpose}</p>
              <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
                <dt className="font-bold">Who may file</dt>
                <dd className="m-0">{def.whoMayFile}</dd>
                <dt className="font-bold">Fee</dt>
                <dd className="m-0" data-testid="catalogue-fee">
                  {fee.onlineCents === 0 && fee.paperCents === 0
                    ? "No fee"
                    : `${formatFee(fee.onlineCents)} online (${formatFee(fee.paperCents)} on paper)`}
                  {fee.reason && <span className="block text-muted">{fee.reason}</span>}
                </dd>
                <dt className="font-bold">Time it takes</dt>
                <dd className="m-0">About {def.minutes} minutes</dd>
              </dl>
              <h3 className="text-lg">Have these ready</h3>
              <ul className="mb-6 list-disc pl-6">
                {def.haveReady.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <StartForm formType={def.id} title={def.title} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
