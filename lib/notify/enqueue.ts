import "server-only";
import type { Tx } from "../db";
import { queueDelivery } from "./deliver";
import { emailTemplates, smsTemplates, type EmailTemplate, type SmsTemplate } from "./templates";

// The one way to send anything: an OutboundMessage row and its delivery job (lib/jobs), both
// written in the caller's transaction, so the message exists exactly when the change that caused
// it does, and a rolled-back change sends nothing.

export async function enqueueEmail<T extends EmailTemplate>(
  tx: Tx,
  to: string,
  template: T,
  data: Parameters<(typeof emailTemplates)[T]>[0],
  { caseId }: { caseId?: string } = {},
): Promise<void> {
  const rendered = (emailTemplates[template] as (d: typeof data) => ReturnType<(typeof emailTemplates)[T]>)(data);
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
  { caseId }: { caseId?: string } = {},
): Promise<void> {
  const body = (smsTemplates[template] as (d: typeof data) => string)(data);
  const row = await tx.outboundMessage.create({ data: { channel: "SMS", to, template, body, caseId }, select: { id: true } });
  await queueDelivery(tx, row.id);
}
