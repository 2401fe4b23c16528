import Link from "next/link";
import type { ClientRepresentation } from "@/lib/representation/representation-views";
import { endedByWords, NOT_VERIFIED_LABEL } from "@/lib/representation/representation-texts";
import { formatUtcDate } from "@/lib/format";

// "Who represents you": the current representatives on the case, each with a way to end it, and
// the ended ones (the history of representation stays on the case).

function When({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatUtcDate(at)}</time>;
}

function Who({ rep }: { rep: ClientRepresentation }) {
  return (
    <>
      <strong>{rep.name}</strong>
      {rep.organization && <>, {rep.organization}</>}
      {!rep.verified && (
        <span className="ml-2 inline-block border border-ink px-2 text-sm" data-testid="not-verified">
          {NOT_VERIFIED_LABEL}
        </span>
      )}
    </>
  );
}

export function RepresentationSection({
  receiptNumber,
  representations,
}: {
  receiptNumber: string;
  representations: ClientRepresentation[];
}) {
  const current = representations.filter((rep) => !rep.endedAt);
  const ended = representations.filter((rep) => rep.endedAt);
  return (
    <section aria-labelledby="representation-heading" data-testid="who-represents-you">
      <h2 id="representation-heading">Who represents you</h2>
      {current.length === 0 ? (
        <p>No one represents you on this case now.</p>
      ) : (
        <ul className="max-w-prose list-none p-0" data-testid="current-representatives">
          {current.map((rep) => (
            <li key={rep.id} className="mb-4 border-l-4 border-line pl-5" data-testid="current-representative">
              <Who rep={rep} />
              <span className="block text-muted">
                Your representative since <When at={rep.startedAt} />
              </span>
              {!rep.verified && (
                <span className="block text-muted">The agency has not yet checked this representative&rsquo;s details.</span>
              )}
              <Link href={`/cases/${receiptNumber}?end=${rep.id}`} className="mt-1 inline-block">
                End representation<span className="sr-only"> by {rep.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {ended.length > 0 && (
        <>
          <h3 className="text-lg font-bold">Past representatives</h3>
          <ul className="max-w-prose list-none p-0" data-testid="past-representatives">
            {ended.map((rep) => (
              <li key={rep.id} className="mb-3">
                <Who rep={rep} />
                <span className="block text-muted">
                  From <When at={rep.startedAt} /> to <When at={rep.endedAt!} />. {endedByWords(rep.endedBy, "client")}.
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
