// The stand-in's hosted payment page (what Stripe Checkout shows on its own site): a plain,
// accessible HTML form that says plainly that it is a test and no money moves.
import type { CardFields } from "./test-cards";

export const TEST_PAGE_NOTICE = "Test payment page: no money moves";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f6f6f6; line-height: 1.5; }
  .notice { background: #fff3c2; border-bottom: 4px solid #8a6d00; padding: 0.75rem 1rem; font-weight: 700; }
  main { max-width: 32rem; margin: 1.5rem auto; background: #fff; padding: 1.5rem; border: 1px solid #757575; }
  h1 { font-size: 1.5rem; margin-top: 0; }
  label { display: block; font-weight: 700; margin-top: 1rem; }
  .hint { color: #454545; margin: 0.25rem 0; }
  input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; border: 2px solid #1b1b1b; }
  input[aria-invalid="true"] { border-color: #b50909; }
  .field-error { color: #b50909; font-weight: 700; margin: 0.25rem 0 0; }
  .summary { border-left: 8px solid #b50909; background: #f4e3db; padding: 0.75rem 1rem; margin-bottom: 1rem; }
  .summary a { color: #b50909; font-weight: 700; }
  .summary h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
  button { font: inherit; font-weight: 700; margin-top: 1.5rem; background: #1a4480; color: #fff; border: 0; padding: 0.75rem 1.25rem; cursor: pointer; }
  a { color: #1a4480; }
  :focus { outline: 4px solid #2491ff; outline-offset: 2px; }
  .cancel { display: inline-block; margin-top: 1.25rem; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="notice">${TEST_PAGE_NOTICE}. This page stands in for Stripe's payment page; no card is charged.</header>
<main>
${body}
</main>
</body>
</html>`;
}

type Field = { name: keyof CardFields; label: string; hint?: string; autocomplete: string; inputmode?: string; width?: string };

const FIELDS: readonly Field[] = [
  {
    name: "cardNumber",
    label: "Card number",
    hint: "Test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined.",
    autocomplete: "cc-number",
    inputmode: "numeric",
  },
  { name: "expiry", label: "Expiry date", hint: "MM / YY, for example 12 / 34.", autocomplete: "cc-exp", inputmode: "numeric" },
  { name: "cvc", label: "Security code (CVC)", hint: "3 or 4 digits.", autocomplete: "cc-csc", inputmode: "numeric" },
  { name: "name", label: "Name on card", autocomplete: "cc-name" },
];

export type HostedPageView = {
  amountText: string;
  description: string;
  formAction: string;
  cancelUrl: string;
  /** A decline: Stripe's message, shown above the form; the person may try another card. */
  declined?: string;
  errors?: Record<string, string>;
  /** Echoed values (never the card number or security code). */
  values?: Partial<CardFields>;
};

export function hostedPaymentPage(view: HostedPageView): string {
  const errors = view.errors ?? {};
  const entries = Object.entries(errors);
  const summary = view.declined
    ? `<div class="summary" role="alert" tabindex="-1" id="problem"><h2>Payment not made</h2><p>${escapeHtml(view.declined)} No money was taken. Try another card, or cancel and return to the portal.</p></div>`
    : entries.length > 0
      ? `<div class="summary" role="alert" tabindex="-1" id="problem"><h2>There is a problem</h2><ul>${entries
          .map(([field, message]) => `<li><a href="#${field}">${escapeHtml(message)}</a></li>`)
          .join("")}</ul></div>`
      : "";
  const fields = FIELDS.map((field) => {
    const error = errors[field.name];
    const described = [field.hint ? `${field.name}-hint` : "", error ? `${field.name}-error` : ""].filter(Boolean).join(" ");
    const value = field.name === "expiry" || field.name === "name" ? (view.values?.[field.name] ?? "") : "";
    return `<label for="${field.name}">${field.label}</label>
${field.hint ? `<p class="hint" id="${field.name}-hint">${escapeHtml(field.hint)}</p>` : ""}
${error ? `<p class="field-error" id="${field.name}-error">${escapeHtml(error)}</p>` : ""}
<input id="${field.name}" name="${field.name}" type="text" autocomplete="${field.autocomplete}"${field.inputmode ? ` inputmode="${field.inputmode}"` : ""} value="${escapeHtml(value)}"${described ? ` aria-describedby="${described}"` : ""}${error ? ' aria-invalid="true"' : ""}>`;
  }).join("\n");
  return layout(
    `${view.declined || entries.length > 0 ? "Error: " : ""}Pay ${view.amountText}`,
    `${summary}
<h1>Pay ${escapeHtml(view.amountText)}</h1>
<p>${escapeHtml(view.description)}</p>
<form method="post" action="${escapeHtml(view.formAction)}" novalidate>
${fields}
<button type="submit">Pay ${escapeHtml(view.amountText)}</button>
</form>
<a class="cancel" href="${escapeHtml(view.cancelUrl)}">Cancel and return</a>
${summary ? `<script>document.getElementById("problem").focus()</script>` : ""}`,
  );
}

/** A session that can no longer be paid (paid already, expired, unknown). */
export function closedPaymentPage(heading: string, text: string, returnUrl?: string): string {
  return layout(
    heading,
    `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(text)}</p>${returnUrl ? `<a href="${escapeHtml(returnUrl)}">Return to the portal</a>` : ""}`,
  );
}
