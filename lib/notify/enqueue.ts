import "server-only";
import type { Tx } from "../db";
import { personReader, type PersonSettings } from "../i18n/person-reader";
import { ambientReader } from "../i18n/ambient-reader";
import type { Reader } from "../i18n/translator";
import { queueDelivery } from "./deliver";
import { emailTemplates, smsTemplates, type EmailTemplate, type Rendered, type SmsTemplate } from "./templates";

// The one way to send anything: an OutboundMessage row and its delivery job (lib/jobs), both
// written in the caller's transaction, so the message exists exactly when the change that caused
// it does, and a rolled-back change sends nothing. Each message is written in its reader's language
// and time zone: `person` when the caller has them, else the account `userId` (read in the caller's
// transaction), else the account with that email address, else the account `otherwiseUserId` (the
// sender, when the address has no account yet), else the person making the request (a visitor
// signing up). Callers that know the account say so: the request's reader may need the database,
// and the embedded one has a single connection, which the transaction holds.

type Audience = { caseId?: string; person?: PersonSettings; userId?: string; otherwiseUserId?: string };

async function readerOf(tx: Tx, email: string | null, { person, userId, otherwiseUserId }: Audience): Promise<Reader> {
  if (person) return personReader(person);
  const select = { locale: true, timeZone: true } as const;
  const account =
    (userId && (await tx.user.findUnique({ where: { id: userId }, select }))) ||
    (email && (await tx.user.findUnique({ where: { email }, select }))) ||
    (otherwiseUserId && (await tx.user.findUnique({ where: { id: otherwiseUserId }, select })));
  return account ? personReader(account) : ambientReader();
}

export async function enqueueEmail<T extends EmailTemplate>(
  tx: Tx,
  to: string,
  template: T,
  data: Parameters<(typeof emailTemplates)[T]>[0],
  audience: Audience = {},
): Promise<void> {
  const { caseId } = audience;
  const reader = await readerOf(tx, to, audience);
  const rendered = (emailTemplates[template] as unknown as (d: typeof data, r: Reader) => Rendered)(data, reader);
  const row = await tx.outboundMessage.create({
    data: { channel: "EMAIL", to, template, subject: rendered.subject, body: rendered.text, html: rendered.html, caseId },
    select: { id: true },
  });
  await queueDelivery(tx, row.id);
}

export async function enqueueSms<T extends SmsTemplate>(
  tx: Tx,
  to: string,
  template: T,
  data: Parameters<(typeof smsTemplates)[T]>[0],
  audience: Audience = {},
): Promise<void> {
  const { caseId } = audience;
  const reader = await readerOf(tx, null, audience);
  const body = (smsTemplates[template] as unknown as (d: typeof data, r: Reader) => string)(data, reader);
  const row = await tx.outboundMessage.create({ data: { channel: "SMS", to, template, body, caseId }, select: { id: true } });
  await queueDelivery(tx, row.id);
}
