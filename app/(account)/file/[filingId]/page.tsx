import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatUtcDateTime } from "@/lib/format";
import { requiredDocuments } from "@/lib/filing/engine/readiness";
import { sectionStates } from "@/lib/filing/engine/sections";
import { ClientPanel } from "./client-panel";
import { accountHome, ownedDraft } from "./owned-draft";
import { StatusTag, type TaskState } from "./status-tag";

type Params = { params: Promise<{ filingId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { draft } = await ownedDraft((await params).filingId);
  return { title: `${draft.def.id}: task list` };
}

export default async function TaskListPage({ params }: Params) {
  const { draft, actor } = await ownedDraft((await params).filingId);
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
        <Link href={accountHome(actor)}>{draft.client ? "Back to forms for clients" : "Back to my account"}</Link>
      </p>
      <p className="mb-1 text-lg text-muted">{draft.def.id}</p>
      <h1>{draft.def.title}</h1>
      <p className="max-w-prose" data-testid="progress">
        You have completed {completed} of {sections.length} sections. Last saved{" "}
        <time dateTime={draft.lastSavedAt.toISOString()}>{formatUtcDateTime(draft.lastSavedAt)}</time>.
      </p>

      {draft.client && <ClientPanel client={draft.client} />}

      <h2>Questions</h2>
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

      <h2>Documents and submission</h2>
      <ul className="mb-8 max-w-3xl list-none border-t border-line p-0">
        <li className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3" data-testid="task">
          <Link href={`${base}/documents`} aria-describedby="task-documents-status">
            Upload documents
          </Link>
          <StatusTag id="task-documents-status" state={documentsState} />
        </li>
        <li className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-3" data-testid="task">
          <Link href={`${base}/check`} aria-describedby="task-check-status">
            {draft.client ? "Check your answers and send to your client" : "Check your answers and sign"}
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
        <Link href={`${base}/delete`}>Delete this form</Link>
      </p>
    </>
  );
}
