import { RepresentativeLabel } from "@/components/representation/representative-label";
import type { RepresentativeDetails } from "@/lib/filing/client-review";

/** A representative as a client sees them on an invitation or a G-28: the shared label, as a paragraph. */
export function RepresentativeNamed({
  representative,
}: {
  representative: Pick<RepresentativeDetails, "name" | "organization" | "verified">;
}) {
  return (
    <p className="max-w-prose text-lg" data-testid="representative-named">
      <RepresentativeLabel name={representative.name} organization={representative.organization} verified={representative.verified} />
    </p>
  );
}
