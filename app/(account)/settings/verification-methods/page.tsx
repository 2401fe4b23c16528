import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { METHOD_NAMES, methodsView } from "@/lib/account/verification-methods";
import { smsAvailable } from "@/lib/notify/transports";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getReader, getT } from "@/lib/i18n/request";
import { AddMethodForm, CancelAddingForm, NewMethodCodeForm, RemoveMethodForm } from "./method-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.methods.title") };
}

const CHANGED = new Set(["added", "removed"]);

export default async function VerificationMethodsPage({ searchParams }: { searchParams: Promise<{ changed?: string; after?: string }> }) {
  const { session } = await recentSecondStepContext("/settings/verification-methods", signedInContext);
  const { changed, after } = await searchParams;
  const view = await methodsView(session);
  const hasSms = view.methods.some((m) => m.kind === "SMS");
  const { t, text } = await getReader();
  return (
    <>
      <h1>{t("settings.methods.title")}</h1>
      {changed && CHANGED.has(changed) && (
        <Alert kind="success" testId="settings-changed">
          <p>{changed === "added" ? t("settings.methods.added") : t("settings.methods.removed")}</p>
        </Alert>
      )}
      {after === "backup-code" && !changed && (
        <Alert kind="info">
          <p>{t("settings.methods.afterBackupCode")}</p>
        </Alert>
      )}
      <h2>{t("settings.methods.yours")}</h2>
      <ClientMessages namespaces={["settings"]}>
        <ul className="mb-8 max-w-prose divide-y divide-line border-y border-line" data-testid="methods">
          {view.methods.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="mb-0 font-bold">{text(METHOD_NAMES[m.kind])}</p>
                <p className="mb-0 text-muted">{text(m.detail)}</p>
              </div>
              {view.methods.length > 1 && <RemoveMethodForm methodId={m.id} name={`${text(METHOD_NAMES[m.kind])} (${text(m.detail)})`} />}
            </li>
          ))}
        </ul>
      </ClientMessages>
      {view.methods.length === 1 && <p className="max-w-prose text-muted">{t("settings.methods.needOne")}</p>}

      {view.pending ? (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">
            {view.pending.kind === "TOTP"
              ? t("settings.methods.setUpApp")
              : view.pending.kind === "SMS"
                ? t("settings.methods.confirmPhone")
                : t("settings.methods.confirmEmail")}
          </h2>
          {view.pending.kind === "TOTP" ? (
            <>
              <p className="max-w-prose">{t("settings.methods.scan")}</p>
              {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated on the server */}
              <img
                src={view.pending.qrDataUrl}
                width={220}
                height={220}
                alt={t("settings.methods.qrAlt")}
                className="mb-4 border border-line"
              />
              <p className="mb-1 font-bold" id="totp-key-label">
                {t("settings.methods.keyLabel")}
              </p>
              <p className="mb-6 font-mono text-xl tracking-wider" aria-labelledby="totp-key-label" data-testid="totp-key">
                {view.pending.key}
              </p>
            </>
          ) : (
            <p data-testid="code-sent-to">
              {t.rich("settings.methods.sentTo", { to: view.pending.sentTo, strong: (chunks) => <strong>{chunks}</strong> })}
            </p>
          )}
          <ClientMessages namespaces={["settings"]}>
            <NewMethodCodeForm isApp={view.pending.kind === "TOTP"} />
            <CancelAddingForm />
          </ClientMessages>
        </section>
      ) : (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">{hasSms ? t("settings.methods.addOrChange") : t("settings.methods.add")}</h2>
          <ClientMessages namespaces={["settings"]}>
            <AddMethodForm existing={view.methods.map((m) => m.kind)} smsAvailable={smsAvailable()} />
          </ClientMessages>
        </section>
      )}
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
