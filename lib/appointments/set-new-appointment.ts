import "server-only";
import { z } from "zod";
import { zField } from "../actions/form-input";
import { officerActor } from "../audit/audit-actor";
import { recordAuditEntry } from "../audit/record-officer-action";
import { refreshActionRequired } from "../cases/agency-operations";
import { db } from "../db";
import { isId } from "../ids";
import { msg } from "../i18n/message-ref";
import { alertCaseOwner } from "../notify/case-alert";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { officerOf } from "../agency/console/officer-only";
import { RESCHEDULED_STATUS } from "./appointment-statuses";
import { isAppointmentKind } from "./appointments";
import { officeClockToInstant } from "./office-clock";
import { isOfficeCode, officeId, officeInfo, OFFICE_CODES } from "./offices";
import { setCurrentStatus } from "../cases/current-status";

// An officer answers a request to reschedule: a new notice of the same kind with the new time and
// office, the request marked handled, the history entry, the audit row and the person's alert, all
// in one transaction. The date and time are typed on the chosen office's clock.

export const zSetNewAppointment = z
  .object({
    requestId: zField(),
    office: zField().refine(isOfficeCode, msg("appointments.officer.errors.officeRequired")),
    date: zField().pipe(z.string().trim().min(1, msg("appointments.officer.errors.dateRequired"))),
    time: zField().pipe(z.string().trim().min(1, msg("appointments.officer.errors.timeRequired"))),
  })
  .transform((input, ctx) => {
    const office = input.office;
    const at = officeClockToInstant(input.date, input.time, officeInfo(office).timeZone);
    if (!at) {
      ctx.addIssue({ code: "custom", path: ["date"], message: msg("appointments.officer.errors.dateInvalid") });
      return z.NEVER;
    }
    if (at.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", path: ["date"], message: msg("appointments.officer.errors.datePast") });
      return z.NEVER;
    }
    return { requestId: input.requestId, office, at };
  });
export type SetNewAppointmentInput = z.output<typeof zSetNewAppointment>;

export { OFFICE_CODES };

const NOT_OPEN = () => fail("not_found", msg("appointments.officer.errors.notOpen"));

export async function setNewAppointment(
  session: CurrentSession,
  input: SetNewAppointmentInput,
): Promise<ActionResult<{ receiptNumber: string }>> {
  const officer = officerOf(session);
  if (!officer || !isId(input.requestId)) return NOT_OPEN();
  const requestId = input.requestId.toLowerCase();
  return db().$transaction(async (tx) => {
    // Claims the request: of two officers answering at once, one sets the appointment.
    const claimed = await tx.rescheduleRequest.updateMany({
      where: { id: requestId, handledAt: null },
      data: { handledAt: new Date(), handledById: officer.id },
    });
    if (claimed.count !== 1) return NOT_OPEN();
    const request = await tx.rescheduleRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { caseId: true, notice: { select: { kind: true } }, case: { select: { receiptNumber: true } } },
    });
    const kind = request.notice.kind;
    if (!isAppointmentKind(kind)) throw new Error(`reschedule request ${requestId} is for a ${kind} notice`);
    const at = new Date();
    const notice = await tx.notice.create({
      data: { caseId: request.caseId, kind, issuedAt: at, appointmentAt: input.at, officeId: await officeId(tx, input.office) },
      select: { id: true },
    });
    const status = RESCHEDULED_STATUS[kind];
    await tx.caseEvent.create({ data: { caseId: request.caseId, status, at } });
    await setCurrentStatus(tx, request.caseId, status, at);
    await refreshActionRequired(tx, request.caseId);
    await recordAuditEntry(tx, officerActor(officer), "case.appointment_rescheduled", request.caseId, {
      requestId,
      noticeId: notice.id,
      office: input.office,
      appointmentAt: input.at.toISOString(),
    });
    await alertCaseOwner(tx, request.caseId, "case-update");
    return { ok: true as const, receiptNumber: request.case.receiptNumber };
  });
}
