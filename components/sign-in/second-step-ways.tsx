import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PasskeyCheck } from "@/components/passkeys/passkey-check";
import { getT } from "@/lib/i18n/request";
import type { CodeWay, SecondStepView } from "@/lib/auth/second-step";
import type { FormAction } from "@/lib/result";
import { AppCodeForm, SentCodeForms } from "./second-step-forms";

export type SecondStepWay = CodeWay | "passkey";

type PasskeyActions = Parameters<typeof PasskeyCheck>[0];

/** The way named in ?way=, if the person has it; else their default way (or the passkey when that is all they have). */
export function chosenWay(view: SecondStepView, requested: unknown): SecondStepWay | null {
  const ways = availableWays(view);
  const asked = ways.find((way) => way.toLowerCase() === (typeof requested === "string" ? requested.toLowerCase() : ""));
  return asked ?? view.defaultWay ?? (view.withPasskey ? "passkey" : null);
}

function availableWays(view: SecondStepView): SecondStepWay[] {
  return [
    ...(view.hasApp ? ["app" as const] : []),
    ...view.channels.map((c) => c.channel),
    ...(view.withPasskey ? ["passkey" as const] : []),
  ];
}

/**
 * A second step, one way at a time: the chosen way, then "Choose another way" with links to the
 * person's other ways (a plain link each, ?way=..., so it works without script). Brings its own
 * texts ("signIn") for the forms inside, wherever it is used.
 */
export async function SecondStepWays({
  view,
  way,
  wayHref,
  backupCodeHref,
  sendAction,
  verifyAction,
  passkey,
  next,
}: {
  view: SecondStepView;
  way: SecondStepWay | null;
  wayHref: (way: SecondStepWay) => string;
  backupCodeHref?: string;
  sendAction: FormAction<{ sentTo: string }>;
  verifyAction: FormAction;
  passkey: Omit<PasskeyActions, "next">;
  next?: string;
}) {
  const t = await getT();
  const channel = view.channels.find((c) => c.channel === way);
  const others = availableWays(view).filter((other) => other !== way);
  const label = (other: SecondStepWay) => {
    if (other === "app") return t("signIn.verify.useApp");
    if (other === "passkey") return t("signIn.verify.usePasskey");
    const to = view.channels.find((c) => c.channel === other)?.to ?? "";
    return other === "SMS" ? t("signIn.verify.codeByText", { to }) : t("signIn.verify.codeByEmail", { to });
  };
  return (
    <ClientMessages namespaces={["signIn"]}>
      {way === "app" && <AppCodeForm verifyAction={verifyAction} next={next} />}
      {channel && (
        <SentCodeForms
          key={channel.channel}
          channel={channel.channel}
          to={channel.to}
          alreadySent={view.sent?.channel === channel.channel}
          sendAction={sendAction}
          verifyAction={verifyAction}
          next={next}
        />
      )}
      {way === "passkey" && <PasskeyCheck {...passkey} next={next} />}
      {(others.length > 0 || backupCodeHref) && (
        <section aria-labelledby="other-ways-heading" className="mt-10" data-testid="other-ways">
          <h2 id="other-ways-heading" className="text-lg">
            {t("signIn.verify.otherWays")}
          </h2>
          <ul className="max-w-prose">
            {others.map((other) => (
              <li key={other} className="mb-2">
                <Link href={wayHref(other)}>{label(other)}</Link>
              </li>
            ))}
            {backupCodeHref && (
              <li className="mb-2">
                <Link href={backupCodeHref}>{t("signIn.verify.useBackupCode")}</Link>
              </li>
            )}
          </ul>
        </section>
      )}
    </ClientMessages>
  );
}
