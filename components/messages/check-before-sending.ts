import type { FormState } from "@/lib/result";
import { attachmentsProblem } from "@/lib/messages/message-rules";
import { invalid } from "@/lib/result";

/**
 * Refuses too many or too large attachments in the browser, before the upload is sent (a request
 * over the server's size limit could not be answered with a message); the server checks it all again.
 */
export function checkBeforeSending(action: (state: FormState, data: FormData) => Promise<FormState>) {
  return async (state: FormState, data: FormData): Promise<FormState> => {
    const files = data.getAll("files").filter((value): value is File => value instanceof File);
    // "No file chosen" is an empty, nameless part; re-sent from here it would arrive named "undefined".
    data.delete("files");
    for (const file of files) if (!(file.size === 0 && file.name === "")) data.append("files", file);
    const problem = attachmentsProblem(files);
    if (problem) {
      const values: Record<string, string> = {};
      for (const [key, value] of data.entries()) if (typeof value === "string") values[key] = value;
      return invalid({ files: problem }, values);
    }
    return action(state, data);
  };
}
