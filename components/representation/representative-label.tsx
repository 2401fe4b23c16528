import { getReader } from "@/lib/i18n/request";

// A representative as clients and officers see them: "Name, Organization", and until an officer has
// verified their details, a tag saying so (in words, not colour alone).

export async function RepresentativeLabel({
  name,
  organization,
  verified,
}: {
  name: string;
  organization?: string | null;
  verified: boolean;
}) {
  const { t } = await getReader();
  return (
    <span data-testid="representative-label">
      <span className="font-bold">{name}</span>
      {organization ? `, ${organization}` : null}
      {!verified && (
        <span
          className="ml-2 inline-block rounded border-2 border-ink bg-warning-light px-2 py-0.5 text-sm font-bold text-ink"
          data-testid="representative-not-verified"
        >
          {t("representative.label.notVerified")}
        </span>
      )}
    </span>
  );
}
