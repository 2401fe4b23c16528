import "server-only";
import type { Tx } from "../db";
import { emailTemplates, smsTemplates, type EmailTemplate, type SmsTemplate } from "./templates";
import { kickDeliveryWorker } from "./worker";

// The one way to send anything: an OutboundMessage row written in the caller's transaction, so the
// message exists exactly when the change that caused it does. The worker delivers it.

export async function enqueueEmail<T extends EmailTemplate>(
  tx: Tx,
  to: string,
  template: T,
  data: Parameters<(typeof emailTemplates)[T]>[0],
  { caseId }: { caseId?: string } = {},
): Promise<void> {
  const rendered = (emailTemplates[template] as (d: typeof data) => ReturnType<(typeof emailTemplates)[T]>)(data);
  await tx.outboundMessage.create({
    data: { channel: "EMAIL", to, template, subject: rendered.subject, body: rendered.text, html: rendered.html, caseId },
  });
  kickDeliveryWorker();
}

export async function enqueueSms<T extends SmsTemplate>(
  tx: Tx,
  to: string,
  template: T,
  data: Parameters<(typeof smsTemplates)[T]>[0],
  { caseId }: { caseId?: string } = {},
): Promise<void> {
  const body = (smsTemplates[template] as (d: typeof data) => string)(data);
  await tx.outboundMessage.create({ data: { channel: "SMS", to, template, body, caseId } });
  kickDeliveryWorker();
}
