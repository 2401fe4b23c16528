import { describeDocument } from "@/lib/evidence/describe-document";
import { getReader } from "@/lib/i18n/request";
import type { ThreadMessage } from "@/lib/messages/thread-view";

/**
 * Every message of a thread, oldest first, in the reader's language and time zone. Bodies are plain
 * text rendered as React text (so markup in them is shown, never run), keeping the writer's line
 * breaks and breaking very long words.
 */
export async function MessageThread({
  messages,
  attachmentHref,
}: {
  messages: ThreadMessage[];
  attachmentHref: (documentId: string) => string;
}) {
  const { t, format, text } = await getReader();
  return (
    <ol className="mb-10 max-w-3xl list-none p-0" data-testid="messages">
      {messages.map((message) => (
        <li
          key={message.id}
          className={`mb-6 border-l-8 px-5 py-4 ${message.fromApplicant ? "border-line bg-white" : "border-primary bg-primary-light"}`}
          data-testid="message"
        >
          <h3 className="mt-0 mb-1 text-base">
            <span data-testid="message-author">{text(message.author)}</span>
            <span className="font-normal text-muted">
              {" "}
              {t.rich("secureMessages.thread.wroteOn", {
                time: () => <time dateTime={message.createdAt.toISOString()}>{format.dateTime(message.createdAt, "dateTime")}</time>,
              })}
            </span>
          </h3>
          <p className="mb-0 whitespace-pre-wrap [overflow-wrap:anywhere]" data-testid="message-body">
            {message.body}
          </p>
          {message.attachments.length > 0 && (
            <div className="mt-3">
              <h4 className="mb-1 text-base font-bold">
                {t("secureMessages.thread.attachmentsHeading", { count: message.attachments.length })}
              </h4>
              <ul className="mb-0 list-none p-0" data-testid="attachments">
                {message.attachments.map((file) => {
                  const { kind, size } = describeDocument(file, t);
                  return (
                    <li key={file.id} className="mb-1" data-testid="attachment">
                      <a href={attachmentHref(file.id)} download className="font-bold [overflow-wrap:anywhere]">
                        {file.name}
                      </a>{" "}
                      <span className="text-muted">
                        ({text(kind)}, {size})
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
