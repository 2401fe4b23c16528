import { echoedValues, formFields, isChosenFile } from "@/lib/actions/form-fields";
import { attachmentsProblem } from "@/lib/messages/message-rules";
import { invalid, type FormAction } from "@/lib/result";

/**
 * Refuses too many or too large attachments in the browser, before the upload is sent (a request
 * over the server's size limit could not be answered with a message); the server checks it all again.
 */
export function checkBeforeSending<T extends object>(action: FormAction<T>): FormAction<T> {
  return async (state, data) => {
    const files = data.getAll("files").filter(isChosenFile);
    // "No file chosen" is an empty, nameless part; re-sent from here it would arrive as a file named "undefined".
    data.delete("files");
    for (const file of files) data.append("files", file);
    const problem = attachmentsProblem(files);
    if (problem) return invalid({ files: problem }, echoedValues(formFields(data)));
    return action(state, data);
  };
}
