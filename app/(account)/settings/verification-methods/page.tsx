import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { METHOD_NAMES, methodsView } from "@/lib/account/verification-methods";
import { smsAvailable } from "@/lib/notify/transports";
import { AddMethodForm, CancelAddingForm, NewMethodCodeForm, RemoveMethodForm } from "./method-forms";

export const metadata: Metadata = { title: "Two-step verification methods" };

const CHANGED: Record<string, string> = {
  added: "Your verification method was saved. We emailed you a notice.",
  removed: "The verification method was removed. We emailed you a notice.",
};

export default async function VerificationMethodsPage({ searchParams }: { searchParams: Promise<{ changed?: string; after?: string }> }) {
  const { session } = await recentSecondStepContext("/settings/verification-methods", signedInContext);
  const { changed, after } = await searchParams;
  const view = await methodsView(session);
  const hasSms = view.methods.some((m) => m.kind === "SMS");
  return (
    <>
      <h1>Two-step verification methods</h1>
      {changed && Object.hasOwn(CHANGED, changed) && (
        <Alert kind="success" testId="settings-changed">
          <p>{CHANGED[changed]}</p>
        </Alert>
      )}
      {after === "backup-code" && !changed && (
        <Alert kind="info">
          <p>If you lost your old verification method, add a new one below, then remove the old one.</p>
        </Alert>
      )}
      <h2>Your methods</h2>
      <ul className="mb-8 max-w-prose divide-y divide-line border-y border-line" data-testid="methods">
        {view.methods.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="mb-0 font-bold">{METHOD_NAMES[m.kind]}</p>
              <p className="mb-0 text-muted">{m.detail}</p>
            </div>
            {view.methods.length > 1 && <RemoveMethodForm methodId={m.id} name={`${METHOD_NAMES[m.kind]} (${m.detail})`} />}
          </li>
        ))}
      </ul>
      {view.methods.length === 1 && (
        <p className="max-w-prose text-muted">You need at least one method. To replace this one, add another first.</p>
      )}

      {view.pending ? (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">
            {view.pending.kind === "TOTP"
              ? "Set up your authentication app"
              : `Confirm your ${view.pending.kind === "SMS" ? "mobile number" : "email"}`}
          </h2>
          {view.pending.kind === "TOTP" ? (
            <>
              <p className="max-w-prose">
                Scan this QR code with your authentication app, or type the key, then enter the 6-digit code the app shows.
              </p>
              {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated on the server */}
              <img
                src={view.pending.qrDataUrl}
                width={220}
                height={220}
                alt="QR code to add this account to your authentication app. If you cannot scan it, type the key shown below."
                className="mb-4 border border-line"
              />
              <p className="mb-1 font-bold" id="totp-key-label">
                Key for manual entry
              </p>
              <p className="mb-6 font-mono text-xl tracking-wider" aria-labelledby="totp-key-label" data-testid="totp-key">
                {view.pending.key}
              </p>
            </>
          ) : (
            <p data-testid="code-sent-to">
              We sent a 6-digit code to <strong>{view.pending.sentTo}</strong>. It expires in 10 minutes.
            </p>
          )}
          <NewMethodCodeForm isApp={view.pending.kind === "TOTP"} />
          <CancelAddingForm />
        </section>
      ) : (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">Add a method{hasSms ? " or change your mobile number" : ""}</h2>
          <AddMethodForm existing={view.methods.map((m) => m.kind)} smsAvailable={smsAvailable()} />
        </section>
      )}
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
