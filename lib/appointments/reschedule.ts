import "server-only";
import { z } from "zod";
import { zField, zFreeText } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { msg } from "../i18n/message-ref";
import { fail, type ActionResult } from "../result";
import { RESCHEDULE_REQUESTED } from "./appointment-statuses";
import { upcomingAppointments } from "./appointments";
import { setCurrentStatus } from "../cases/current-status";

// "Ask to reschedule": the owner of a case gives a reason and the dates that suit them for one of
// its upcoming appointments. The case's history records it as the owner's own step (not news to
// them), and an officer sees the request in the console until they set a new appointment
// (./set-new-appointment.ts). One open request per appointment: a second is refused.

export const REASON_MAX = 2000;
export const DATES_MAX = 500;

export const zRescheduleRequest = z.object({
  receiptNumber: zField(),
  noticeId: zField(),
  reason: zFreeText({
    max: REASON_MAX,
    required: msg("appointments.reschedule.errors.reasonRequired"),
    tooLong: msg("appointments.reschedule.errors.reasonTooLong", { max: REASON_MAX }),
  }),
  preferredDates: zFreeText({
    max: DATES_MAX,
    required: msg("appointments.reschedule.errors.datesRequired"),
    tooLong: msg("appointments.reschedule.errors.datesTooLong", { max: DATES_MAX }),
  }),
});
export type RescheduleRequestInput = z.output<typeof zRescheduleRequest>;

const NOT_FOUND = () => fail("not_found", msg("appointments.reschedule.errors.notFound"));

export async function requestReschedule(
  actor: Pick<Actor, "id">,
  input: RescheduleRequestInput,
): Promise<ActionResult<{ receiptNumber: string }>> {
  const appointment = (await upcomingAppointments(actor, input.receiptNumber)).find((a) => a.noticeId === input.noticeId.toLowerCase());
  if (!appointment) return NOT_FOUND();
  return db().$transaction(async (tx) => {
    // The notice's row lock makes two requests sent at once take turns, so the second sees the first.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Notice" WHERE id = ${appointment.noticeId}::uuid FOR UPDATE`;
    if (locked.length !== 1) return NOT_FOUND();
    const open = await tx.rescheduleRequest.count({ where: { noticeId: appointment.noticeId, handledAt: null } });
    if (open > 0) return fail("already_submitted", msg("appointments.reschedule.errors.alreadyOpen"));
    const at = new Date();
    await tx.rescheduleRequest.create({
      data: {
        noticeId: appointment.noticeId,
        caseId: appointment.caseId,
        requesterId: actor.id,
        reason: input.reason,
        preferredDates: input.preferredDates,
        createdAt: at,
      },
    });
    // The owner's own step: in the history, never marked new to them.
    await tx.caseEvent.create({ data: { caseId: appointment.caseId, status: RESCHEDULE_REQUESTED, at, byOwner: true } });
    await setCurrentStatus(tx, appointment.caseId, RESCHEDULE_REQUESTED, at);
    return { ok: true as const, receiptNumber: appointment.receiptNumber };
  });
}
