import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getReader, getT } from "@/lib/i18n/request";
import { representedCase } from "@/lib/representation/represented-case";
import { NewMessageForm } from "@/components/messages/new-message-form";
import { representativeStartThreadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("representative.newMessage.title") };
}

export default async function RepresentativeNewMessagePage({ params }: { params: Promise<{ receiptNumber: string }> }) {
  const { actor } = await representativeWithProfileContext();
  const { t } = await getReader();
  const view = await representedCase(actor, (await params).receiptNumber);
  if (!view) notFound();
  const cases = [
    {
      receiptNumber: view.receiptNumber,
      label: t("representative.newMessage.caseLabel", {
        receiptNumber: view.receiptNumber,
        formType: view.formType,
        client: view.clientName,
      }),
    },
  ];
  return (
    <>
      <p>
        <Link href={`/representative/cases/${view.receiptNumber}`}>{t("representative.backToCase")}</Link>
      </p>
      <h1>{t("representative.newMessage.heading")}</h1>
      <p className="max-w-prose">{t("representative.newMessage.intro")}</p>
      <NewMessageForm cases={cases} chosenCase={view.receiptNumber} action={representativeStartThreadAction} owner={actor.id} />
    </>
  );
}
