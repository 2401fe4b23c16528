import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatUtcDate } from "@/lib/format";
import { listPasskeys } from "@/lib/passkeys/list-passkeys";
import { suggestedPasskeyName } from "@/lib/passkeys/passkey-name";
import { AddPasskeyForm } from "./add-passkey-form";
import { RemovePasskeyForm } from "./remove-passkey-form";

export const metadata: Metadata = { title: "Passkeys" };

export default async function PasskeysPage({ searchParams }: { searchParams: Promise<{ remove?: string; removed?: string }> }) {
  const { actor, request } = await recentSecondStepContext("/settings/passkeys", signedInContext);
  const params = await searchParams;
  const passkeys = await listPasskeys(actor);
  const removing = passkeys.find((p) => p.id === params.remove);
  return (
    <>
      <h1>Passkeys</h1>
      <p className="max-w-prose">
        A passkey lets you pass two-step verification with your fingerprint, face, device PIN or a security key instead of a code. It only
        works on this portal, so it cannot be phished. Your verification codes keep working.
      </p>
      {params.removed === "1" && !removing && (
        <Alert kind="success" live testId="passkey-removed">
          <p>The passkey was removed.</p>
        </Alert>
      )}
      {removing && <RemovePasskeyForm passkeyId={removing.id} name={removing.name} />}

      <section aria-labelledby="your-passkeys-heading" className="mb-8">
        <h2 id="your-passkeys-heading">Your passkeys</h2>
        {passkeys.length === 0 ? (
          <p data-testid="no-passkeys">You have no passkeys yet.</p>
        ) : (
          <table className="stack-table w-full max-w-3xl border-collapse text-left" data-testid="passkey-list">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  Name
                </th>
                <th scope="col" className="py-2 pr-4">
                  Added
                </th>
                <th scope="col" className="py-2 pr-4">
                  Last used
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {passkeys.map((p) => (
                <tr key={p.id} className="border-b border-line">
                  <th scope="row" className="py-3 pr-4 font-bold">
                    {p.name}
                  </th>
                  <td data-label="Added" className="py-3 pr-4">
                    {formatUtcDate(p.createdAt)}
                  </td>
                  <td data-label="Last used" className="py-3 pr-4">
                    {p.lastUsedAt ? formatUtcDate(p.lastUsedAt) : "Not yet"}
                  </td>
                  <td className="py-3">
                    <Link href={`/settings/passkeys?remove=${p.id}`}>
                      Remove<span className="sr-only"> {p.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="add-passkey-heading" className="mb-8">
        <h2 id="add-passkey-heading">Add a passkey</h2>
        <AddPasskeyForm defaultName={suggestedPasskeyName(request.userAgent)} />
      </section>
      <p>
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
