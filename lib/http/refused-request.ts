// The answers proxy.ts gives before Next.js reads a request: a form posted from another site (403),
// a body over the size limit (413) or one whose size is not given (411). Each is a small page of
// its own (the request never reaches the app), never a 500.

type Refusal = { status: 403 | 411 | 413; title: string; body: string };

const REFUSALS = {
  crossOrigin: {
    status: 403,
    title: "This form was not sent from the portal",
    body: "The portal only accepts forms sent from its own pages, so nothing was changed. Go to the portal and try again from there.",
  },
  lengthRequired: {
    status: 411,
    title: "This request did not say how large it is",
    body: "The portal only accepts forms that state their size, so nothing was saved. Go back to the portal and send the form again.",
  },
  tooLarge: {
    status: 413,
    title: "What you sent is too large",
    body: "Each file can be up to 10 MB, and the files sent with one message up to 10 MB together. Nothing was saved. Go back, choose smaller files and try again.",
  },
} satisfies Record<string, Refusal>;

export type RefusalReason = keyof typeof REFUSALS;

export function refusedRequest(reason: RefusalReason): Response {
  const { status, title, body } = REFUSALS[reason];
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | Applicant Portal</title></head>
<body>
<main>
<h1>${title}</h1>
<p>${body}</p>
<p><a href="/">Go to the applicant portal</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store, max-age=0",
      "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
