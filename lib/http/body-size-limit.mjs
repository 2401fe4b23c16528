// The largest request body the portal reads. Evidence uploads are up to 10 MB per file
// (lib/evidence/upload-rules.ts) and a message's attachments up to 10 MB together
// (lib/messages/message-rules.ts); the form's own fields and multipart framing need a little more.
// next.config.mjs gives it to Next.js; the portal's server (lib/http/page-security.ts) refuses a
// larger body before Next.js reads it.
// Plain JavaScript, as next.config.mjs is (see there).

export const BODY_SIZE_LIMIT = "11mb";
export const BODY_SIZE_LIMIT_BYTES = 11 * 1024 * 1024;
