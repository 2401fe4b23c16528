import { getT } from "@/lib/i18n/request";

export type TaskState = "not-started" | "in-progress" | "completed";

const KEY: Record<TaskState, string> = {
  "not-started": "filing.taskState.notStarted",
  "in-progress": "filing.taskState.inProgress",
  completed: "filing.taskState.completed",
};
const STYLE: Record<TaskState, string> = {
  "not-started": "bg-paper text-ink",
  "in-progress": "bg-info-light text-ink",
  completed: "bg-success-dark text-white",
};

/** A task's state on the task list, in words (never colour alone). */
export async function StatusTag({ id, state }: { id: string; state: TaskState }) {
  const t = await getT();
  return (
    <strong id={id} className={`px-2 py-1 text-sm uppercase ${STYLE[state]}`} data-state={state}>
      {t(KEY[state])}
    </strong>
  );
}
