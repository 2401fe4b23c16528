import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { parseReceiptNumber } from "@/lib/cases/receipt-number";
import { getReader, getT } from "@/lib/i18n/request";
import { casesToWriteAbout } from "@/lib/messages/thread-list";
import { NewMessageForm } from "@/components/messages/new-message-form";
import { startThreadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("secureMessages.new.title") };
}

export default async function NewMessagePage({ searchParams }: { searchParams: Promise<{ case?: string | string[] }> }) {
  const { session } = await applicantContext();
  const { t } = await getReader();
  const cases = await casesToWriteAbout(session);
  const requested = parseReceiptNumber((await searchParams).case);
  const chosenCase = requested.ok && cases.some((c) => c.receiptNumber === requested.receiptNumber) ? requested.receiptNumber : undefined;
  return (
    <>
      <p>
        <Link href="/messages">{t("secureMessages.thread.back")}</Link>
      </p>
      <h1>{t("secureMessages.new.title")}</h1>
      {cases.length === 0 ? (
        <section aria-labelledby="no-cases-heading" className="max-w-prose border-2 border-line p-6" data-testid="no-cases">
          <h2 id="no-cases-heading" className="mt-0">
            {t("secureMessages.new.noCasesHeading")}
          </h2>
          <p>{t("secureMessages.new.noCasesBody")}</p>
          <p className="mb-0">
            <Link href="/cases/link" className={buttonClass("primary")}>
              {t("secureMessages.new.addCase")}
            </Link>
          </p>
        </section>
      ) : (
        <>
          <p className="max-w-prose">{t("secureMessages.new.intro")}</p>
          <NewMessageForm cases={cases} chosenCase={chosenCase} action={startThreadAction} owner={session.user.id} />
        </>
      )}
    </>
  );
}
