import type { OfficerRepresentation } from "@/lib/representation/representation-views";
import { endedByWords, NOT_VERIFIED_LABEL } from "@/lib/representation/representation-texts";
import { formatUtcDateTime } from "@/lib/format";
import { RecordG28Form } from "./record-g28-form";
import { RemoveG28Form } from "./remove-g28-form";

// The console's "Representation (G-28)" section: who represents the applicant now, recording a
// paper G-28, removing one, and every G-28 the case has had.

function When({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatUtcDateTime(at)}</time>;
}

function Who({ rep }: { rep: OfficerRepresentation }) {
  return (
    <>
      <strong>{rep.name}</strong>
      {rep.organization && <>, {rep.organization}</>} <span className="text-muted">({rep.verified ? "verified" : NOT_VERIFIED_LABEL})</span>
      <span className="block break-all text-muted">
        {rep.email}, account {rep.accountNumber}
      </span>
    </>
  );
}

export function RepresentationSection({
  receiptNumber,
  representations,
}: {
  receiptNumber: string;
  representations: OfficerRepresentation[];
}) {
  const current = representations.filter((rep) => !rep.endedAt);
  return (
    <section aria-labelledby="g28-heading" className="mb-8" data-testid="g28-section">
      <h2 id="g28-heading">Representation (G-28)</h2>
      {current.length === 0 ? (
        <p data-testid="g28-none">No representative has a current G-28 on this case.</p>
      ) : (
        <ul className="max-w-prose list-none p-0" data-testid="g28-current">
          {current.map((rep) => (
            <li key={rep.id} className="mb-4 border-b border-line pb-4" data-testid="g28-current-row">
              <Who rep={rep} />
              <span className="block">
                {rep.source === "PAPER" ? "Paper G-28" : "Filed online with the form"}, since <When at={rep.startedAt} />
              </span>
              <div className="mt-2">
                <RemoveG28Form receiptNumber={receiptNumber} representationId={rep.id} name={rep.name} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <RecordG28Form receiptNumber={receiptNumber} />
      <h3 className="text-lg font-bold">History of representation</h3>
      {representations.length === 0 ? (
        <p>This case has had no G-28.</p>
      ) : (
        <ol className="max-w-prose list-none p-0" data-testid="g28-history">
          {representations.map((rep) => (
            <li key={rep.id} className="mb-2 border-b border-line pb-2">
              <Who rep={rep} />
              <span className="block">
                Started <When at={rep.startedAt} />
                {rep.source === "PAPER"
                  ? `, paper G-28 recorded by ${rep.recordedByEmail ?? "an officer"}`
                  : ", filed online with the form"}
              </span>
              <span className="block">
                {rep.endedAt ? (
                  <>
                    {endedByWords(rep.endedBy, "officer")}
                    {rep.endedBy === "OFFICER" && rep.endedByEmail && <> ({rep.endedByEmail})</>} on <When at={rep.endedAt} />
                  </>
                ) : (
                  "Current"
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
