import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getReader, getT } from "@/lib/i18n/request";
import { listPasskeys } from "@/lib/passkeys/list-passkeys";
import { suggestedPasskeyName } from "@/lib/passkeys/passkey-name";
import { AddPasskeyForm } from "./add-passkey-form";
import { RemovePasskeyForm } from "./remove-passkey-form";
import { StackTable } from "@/components/ui/stack-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.passkeys.title") };
}

export default async function PasskeysPage({ searchParams }: { searchParams: Promise<{ remove?: string; removed?: string }> }) {
  const { actor, request } = await recentSecondStepContext("/settings/passkeys", signedInContext);
  const params = await searchParams;
  const passkeys = await listPasskeys(actor);
  const reader = await getReader();
  const { t, format } = reader;
  const removing = passkeys.find((p) => p.id === params.remove);
  return (
    <>
      <h1>{t("settings.passkeys.title")}</h1>
      <p className="max-w-prose">{t("settings.passkeys.intro")}</p>
      {params.removed === "1" && !removing && (
        <Alert kind="success" live testId="passkey-removed">
          <p>{t("settings.passkeys.removed")}</p>
        </Alert>
      )}
      {removing && (
        <ClientMessages namespaces={["settings"]}>
          <RemovePasskeyForm passkeyId={removing.id} name={removing.name} />
        </ClientMessages>
      )}

      <section aria-labelledby="your-passkeys-heading" className="mb-8">
        <h2 id="your-passkeys-heading">{t("settings.passkeys.yours")}</h2>
        {passkeys.length === 0 ? (
          <p data-testid="no-passkeys">{t("settings.passkeys.none")}</p>
        ) : (
          <StackTable
            caption={t("settings.passkeys.yours")}
            columns={[
              { label: t("settings.passkeys.name") },
              { label: t("settings.passkeys.added") },
              { label: t("settings.passkeys.lastUsed") },
              { label: t("settings.passkeys.actions"), hidden: true },
            ]}
            testId="passkey-list"
            className="max-w-3xl"
          >
            <tbody>
              {passkeys.map((p) => (
                <tr key={p.id} className="border-b border-line">
                  <th scope="row" className="py-3 pr-4 font-bold">
                    {p.name}
                  </th>
                  <td data-label={t("settings.passkeys.added")} className="py-3 pr-4">
                    {format.dateTime(p.createdAt, "date")}
                  </td>
                  <td data-label={t("settings.passkeys.lastUsed")} className="py-3 pr-4">
                    {p.lastUsedAt ? format.dateTime(p.lastUsedAt, "date") : t("settings.passkeys.notYet")}
                  </td>
                  <td className="py-3">
                    <Link href={`/settings/passkeys?remove=${p.id}`}>
                      {t("settings.passkeys.remove")}
                      <span className="sr-only"> {p.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </StackTable>
        )}
      </section>

      <section aria-labelledby="add-passkey-heading" className="mb-8">
        <h2 id="add-passkey-heading">{t("settings.passkeys.add")}</h2>
        <ClientMessages namespaces={["settings"]}>
          <AddPasskeyForm defaultName={suggestedPasskeyName(request.userAgent, reader)} />
        </ClientMessages>
      </section>
      <p>
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
