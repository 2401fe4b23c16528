import type { Metadata } from "next";
import Link from "next/link";
import { LinkProblem } from "@/components/ui/link-problem";
import { Alert } from "@/components/ui/alert";
import { emailChangeLinkMessage, emailChangeLinkState } from "@/lib/account/change-email";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getReader, getT } from "@/lib/i18n/request";
import { ConfirmEmailChangeForm } from "./confirm-email-change-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.email.confirm.title") };
}

// Reached from the link in the email, signed in or not: the link itself proves the new address.
// The change needs a button press, so a mail scanner opening the link changes nothing.
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string }> }) {
  const { token, done } = await searchParams;
  const { t, text } = await getReader();
  if (done) {
    return (
      <>
        <h1>{t("settings.email.confirm.doneTitle")}</h1>
        <Alert kind="success">
          <p>{t("settings.email.confirm.done")}</p>
        </Alert>
        <p>
          <Link href="/dashboard">{t("settings.email.confirm.goToAccount")}</Link>
        </p>
      </>
    );
  }
  const link = await emailChangeLinkState(token);
  if (link.state !== "valid") {
    return (
      <LinkProblem heading={t("settings.email.confirm.problemHeading")} text={text(emailChangeLinkMessage(link.state))}>
        <li>
          <Link href="/settings/email">{t("settings.email.confirm.changeEmail")}</Link>
        </li>
      </LinkProblem>
    );
  }
  return (
    <>
      <h1>{t("settings.email.confirm.title")}</h1>
      <p>{t.rich("settings.email.confirm.question", { email: link.newEmail ?? "", strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ClientMessages namespaces={["settings"]}>
        <ConfirmEmailChangeForm token={String(token)} />
      </ClientMessages>
    </>
  );
}
