export type TaskState = "not-started" | "in-progress" | "completed";

const TEXT: Record<TaskState, string> = { "not-started": "Not started", "in-progress": "In progress", completed: "Completed" };
const STYLE: Record<TaskState, string> = {
  "not-started": "bg-paper text-ink",
  "in-progress": "bg-info-light text-ink",
  completed: "bg-success-dark text-white",
};

/** A task's state on the task list, in words (never colour alone). */
export function StatusTag({ id, state }: { id: string; state: TaskState }) {
  return (
    <strong id={id} className={`px-2 py-1 text-sm uppercase ${STYLE[state]}`} data-state={state}>
      {TEXT[state]}
    </strong>
  );
}
