import type { RepresentativeDetails } from "@/lib/filing/client-review";

/** A representative as a client sees them: name and organization, and whether an officer verified the details. */
export function RepresentativeNamed({
  representative,
}: {
  representative: Pick<RepresentativeDetails, "name" | "organization" | "verified">;
}) {
  return (
    <p className="max-w-prose text-lg" data-testid="representative-named">
      <strong>
        {representative.name}
        {representative.organization && <>, {representative.organization}</>}
      </strong>
      {!representative.verified && (
        <span className="ml-2 inline-block bg-warning-light px-2 text-base" data-testid="not-verified">
          Details not verified
        </span>
      )}
    </p>
  );
}
