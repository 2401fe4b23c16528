import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppointmentSummary } from "@/components/appointments/appointment-summary";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { applicantContext } from "@/lib/actions/contexts";
import { upcomingAppointments } from "@/lib/appointments/appointments";
import { DATES_MAX, REASON_MAX } from "@/lib/appointments/reschedule";
import { getReader } from "@/lib/i18n/request";
import { RescheduleForm } from "./reschedule-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getReader();
  return { title: t("appointments.reschedule.title") };
}

type Props = { params: Promise<{ receipt: string; noticeId: string }> };

export default async function ReschedulePage({ params }: Props) {
  const { actor } = await applicantContext();
  const { receipt, noticeId } = await params;
  // Only the owner's upcoming appointments can be moved; anything else is not found.
  const appointment = (await upcomingAppointments(actor, receipt)).find((a) => a.noticeId === noticeId.toLowerCase());
  if (!appointment) notFound();
  const { t, format } = await getReader();
  return (
    <>
      <p>
        <Link href={`/cases/${appointment.receiptNumber}`}>{t("appointments.reschedule.back")}</Link>
      </p>
      <h1>{t("appointments.reschedule.title")}</h1>
      <p className="text-muted">{t("appointments.reschedule.receipt", { receiptNumber: appointment.receiptNumber })}</p>
      <section aria-labelledby="current-heading" className="mb-8 max-w-prose">
        <h2 id="current-heading">{t("appointments.reschedule.current")}</h2>
        <AppointmentSummary appointment={appointment} />
      </section>
      {appointment.rescheduleRequestedAt ? (
        <Alert kind="info" testId="reschedule-open">
          <p>{t("appointments.reschedule.alreadyOpen", { date: format.dateTime(appointment.rescheduleRequestedAt, "date") })}</p>
        </Alert>
      ) : (
        <>
          <p className="max-w-prose">{t("appointments.reschedule.intro")}</p>
          <ClientMessages namespaces={["appointments"]}>
            <RescheduleForm
              receiptNumber={appointment.receiptNumber}
              noticeId={appointment.noticeId}
              reasonMax={REASON_MAX}
              datesMax={DATES_MAX}
              owner={actor.id}
            />
          </ClientMessages>
        </>
      )}
    </>
  );
}
