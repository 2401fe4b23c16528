import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/request";
import { accountHome, ownedDraft } from "../owned-draft";
import { DeleteDraftForm } from "./delete-draft-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("filing.delete.title") };
}

export default async function DeleteDraftPage({ params }: { params: Promise<{ filingId: string }> }) {
  const { draft, actor, reader } = await ownedDraft((await params).filingId);
  const { t, format } = reader;
  if (draft.status === "SUBMITTED") redirect(`/file/${draft.id}/confirmation`);
  return (
    <>
      <h1>{t("filing.delete.heading")}</h1>
      <p className="max-w-prose" data-testid="delete-what">
        {t("filing.delete.what", { form: draft.def.id, title: draft.def.title, when: format.dateTime(draft.lastSavedAt, "dateTime") })}
      </p>
      <DeleteDraftForm
        filingId={draft.id}
        keepHref={accountHome(actor)}
        deleteLabel={t("filing.delete.yes")}
        keepLabel={t("filing.delete.no")}
      />
    </>
  );
}
