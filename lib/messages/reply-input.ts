import { z } from "zod";
import { zField } from "../actions/form-input";
import { zAttachments } from "./attachments";
import { zBody } from "./message-text";

/**
 * What a reply form sends, for the applicant and for an officer alike. The thread id is read as
 * text: a malformed one is answered "not found", like a thread that is not the person's.
 */
export const zReply = z.object({ threadId: zField(), body: zBody, files: zAttachments });
export type ReplyInput = z.output<typeof zReply>;
