import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/request";
import { describeDocument } from "@/lib/evidence/describe-document";
import { requiredDocuments } from "@/lib/filing/engine/readiness";
import { ownedDraft } from "../owned-draft";
import { SubmittedNotice } from "../submitted-notice";
import { UploadDocumentForm } from "./upload-document-form";
import { UploadedFiles } from "./uploaded-files";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("filing.documents.title") };
}

type Params = { params: Promise<{ filingId: string }>; searchParams: Promise<{ return?: string | string[] }> };

export default async function DocumentsPage({ params, searchParams }: Params) {
  const { draft, reader } = await ownedDraft((await params).filingId);
  const { t } = reader;
  const fromCheck = (await searchParams).return === "check";
  const base = `/file/${draft.id}`;
  const rules = requiredDocuments(draft.def, draft.answers);
  const submitted = draft.status === "SUBMITTED";

  return (
    <>
      <p>
        <Link href={fromCheck ? `${base}/check` : base}>{t("filing.back")}</Link>
      </p>
      <p className="mb-1 text-lg text-muted">
        {draft.def.id}, {draft.def.title}
      </p>
      <h1>{t("filing.documents.title")}</h1>
      {submitted && <SubmittedNotice filingId={draft.id} />}
      {rules.length === 0 ? (
        <p data-testid="no-documents-needed">{t("filing.documents.noneNeeded")}</p>
      ) : (
        <p className="max-w-prose">{t("filing.documents.intro")}</p>
      )}
      {rules.map((rule) => {
        const files = draft.documents.filter((d) => d.kind === rule.id);
        return (
          <section
            key={rule.id}
            aria-labelledby={`doc-${rule.id}`}
            className="mb-10 max-w-3xl border-t border-line pt-4"
            data-testid="document-rule"
          >
            <h2 id={`doc-${rule.id}`} className="mt-0">
              {rule.label}{" "}
              <span className="text-base font-normal text-muted">{rule.isRequired ? t("filing.required") : t("filing.optional")}</span>
            </h2>
            {rule.hint && <p className="max-w-prose text-muted">{rule.hint}</p>}
            <ClientMessages namespaces={["filing"]}>
              <UploadedFiles
                filingId={draft.id}
                kind={rule.id}
                files={files.map((file) => ({ id: file.id, name: file.name, ...describeDocument(file, t) }))}
                removable={!submitted}
              />
            </ClientMessages>
            {!submitted && (
              <ClientMessages namespaces={["filing"]}>
                <UploadDocumentForm filingId={draft.id} kind={rule.id} label={rule.label} />
              </ClientMessages>
            )}
          </section>
        );
      })}
      {!submitted && (
        <p>
          <Link href={`${base}/check`} className={buttonClass("primary")}>
            {t("filing.documents.continue")}
          </Link>
        </p>
      )}
    </>
  );
}
