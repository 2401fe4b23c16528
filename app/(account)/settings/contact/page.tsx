import { applicantContext, recentSecondStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { contactInformation } from "@/lib/account/contact";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/request";
import { ContactForm } from "./contact-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.contact.title") };
}

export default async function ContactPage() {
  const { actor } = await recentSecondStepContext("/settings/contact", applicantContext);
  const initial = await contactInformation(actor);
  const t = await getT();
  return (
    <>
      <h1>{t("settings.contact.title")}</h1>
      <p className="max-w-prose">{t("settings.contact.intro")}</p>
      <ClientMessages namespaces={["settings"]}>
        <ContactForm initial={initial} owner={actor.id} />
      </ClientMessages>
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
