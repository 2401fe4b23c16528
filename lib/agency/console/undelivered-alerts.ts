import "server-only";
import { z } from "zod";
import { zField } from "../../actions/form-input";
import { recordOfficerAction } from "../../audit/record-officer-action";
import { db } from "../../db";
import type { OutboundChannel } from "../../generated/prisma/client";
import { zId } from "../../ids";
import { msg } from "../../i18n/message-ref";
import { queueDelivery } from "../../notify/deliver";
import { fail, type ActionResult } from "../../result";
import type { CurrentSession } from "../../sessions/sessions";
import { NOT_FOUND_MESSAGE, officerOf } from "./officer-only";

// Case alerts the outbox gave up on (status FAILED after its last attempt), for officers to see
// and send again. Only alerts about a case: sign-in codes and account emails are not theirs.

export const ALERTS_PAGE_SIZE = 100;

export type UndeliveredAlert = {
  id: string;
  receiptNumber: string;
  channel: OutboundChannel;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
};

export async function undeliveredAlerts(session: CurrentSession): Promise<{ alerts: UndeliveredAlert[]; total: number } | null> {
  if (!officerOf(session)) return null;
  const where = { status: "FAILED" as const, caseId: { not: null } };
  const [rows, total] = await Promise.all([
    db().outboundMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ALERTS_PAGE_SIZE,
      select: { id: true, channel: true, attempts: true, lastError: true, createdAt: true, case: { select: { receiptNumber: true } } },
    }),
    db().outboundMessage.count({ where }),
  ]);
  return {
    alerts: rows.flatMap(({ case: about, ...row }) =>
      about ? [{ ...row, lastError: row.lastError?.slice(0, 300) ?? null, receiptNumber: about.receiptNumber }] : [],
    ),
    total,
  };
}

/** The alert's hidden id; one that is not an id is simply not waiting to be tried again. */
export const zRetryAlert = z.object({ alertId: zField() });
export type RetryAlertInput = z.output<typeof zRetryAlert>;

/** Puts a failed case alert back in the outbox queue, to be sent now; audited "alert.retried". */
export async function retryAlert(session: CurrentSession, input: RetryAlertInput): Promise<ActionResult<{ message: string }>> {
  const officer = officerOf(session);
  if (!officer) return fail("not_found", NOT_FOUND_MESSAGE);
  const id = zId.safeParse(input.alertId);
  const gone = fail("not_failed", msg("agency.alerts.notWaiting"));
  if (!id.success) return gone;
  return db().$transaction(async (tx) => {
    const alert = await tx.outboundMessage.findFirst({
      where: { id: id.data, status: "FAILED", caseId: { not: null } },
      select: { caseId: true, channel: true },
    });
    if (!alert) return gone;
    const updated = await tx.outboundMessage.updateMany({
      where: { id: id.data, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
    });
    if (updated.count !== 1) return gone;
    await queueDelivery(tx, id.data);
    await recordOfficerAction(tx, officer, "alert.retried", alert.caseId, { alertId: id.data, channel: alert.channel });
    return { ok: true as const, message: msg("agency.alerts.willSend") };
  });
}
