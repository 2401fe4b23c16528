import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requiredDocuments } from "@/lib/filing/engine/readiness";
import { sectionStates } from "@/lib/filing/engine/sections";
import { ClientPanel } from "./client-panel";
import { accountHome, ownedDraft } from "./owned-draft";
import { StatusTag, type TaskState } from "./status-tag";

type Params = { params: Promise<{ filingId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { draft, reader } = await ownedDraft((await params).filingId);
  return { title: reader.t("filing.taskList.title", { form: draft.def.id }) };
}

export default async function TaskListPage({ params }: Params) {
  const { draft, actor, reader } = await ownedDraft((await params).filingId);
  const { t, format } = reader;
  if (draft.status === "SUBMITTED") redirect(`/file/${draft.id}/confirmation`);
  const base = `/file/${draft.id}`;
  const sections = sectionStates(draft.def, draft.answers, draft.savedPages);
  const rules = requiredDocuments(draft.def, draft.answers);
  const uploadedKinds = new Set(draft.documents.map((d) => d.kind));
  const allRequiredUploaded = rules.every((r) => !r.isRequired || uploadedKinds.has(r.id));
  const documentsState: TaskState = allRequiredUploaded ? "completed" : draft.documents.length > 0 ? "in-progress" : "not-started";
  const completed = sections.filter((s) => s.state === "completed").length;

  return (
    <>
      <p>
        <Link href={accountHome(actor)}>{draft.client ? t("filing.backToClientForms") : t("filing.backToAccount")}</Link>
      </p>
      <p className="mb-1 text-lg text-muted">{draft.def.id}</p>
      <h1>{draft.def.title}</h1>
      <p className="max-w-prose" data-testid="progress">
        {t.rich("filing.taskList.progress", {
          completed,
          total: sections.length,
          when: format.dateTime(draft.lastSavedAt, "dateTime"),
          time: (chunks) => <time dateTime={draft.lastSavedAt.toISOString()}>{chunks}</time>,
        })}
      </p>

      {draft.client && <ClientPanel client={draft.client} />}

      <h2>{t("filing.taskList.questions")}</h2>
      <ul className="mb-8 max-w-3xl list-none border-t border-line p-0" data-testid="task-list">
        {sections.map(({ section, state, firstPageId }) => (
          <li key={section.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3" data-testid="task">
            <Link href={`${base}/${firstPageId}`} aria-describedby={`task-${section.id}-status`}>
              {section.title}
            </Link>
            <StatusTag id={`task-${section.id}-status`} state={state} />
          </li>
        ))}
      </ul>

      <h2>{t("filing.taskList.documentsAndSubmission")}</h2>
      <ul className="mb-8 max-w-3xl list-none border-t border-line p-0">
        <li className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3" data-testid="task">
          <Link href={`${base}/documents`} aria-describedby="task-documents-status">
            {t("filing.taskList.uploadDocuments")}
          </Link>
          <StatusTag id="task-documents-status" state={documentsState} />
        </li>
        <li className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3" data-testid="task">
          <Link href={`${base}/check`} aria-describedby="task-check-status">
            {draft.client ? t("filing.taskList.checkAndSend") : t("filing.taskList.checkAndSign")}
          </Link>
          <StatusTag
            id="task-check-status"
            state={
              draft.signature
                ? "completed"
                : draft.client?.review === "SENT" || draft.client?.review === "CHANGES_REQUESTED"
                  ? "in-progress"
                  : "not-started"
            }
          />
        </li>
      </ul>
      <p>
        <Link href={`${base}/delete`}>{t("filing.taskList.delete")}</Link>
      </p>
    </>
  );
}
