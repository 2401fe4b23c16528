import type { Metadata } from "next";
import Link from "next/link";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { officerContext } from "@/lib/actions/contexts";
import { appointmentTime } from "@/lib/appointments/appointment-time";
import { openRescheduleRequests } from "@/lib/appointments/open-requests";
import { getReader } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getReader();
  return { title: t("appointments.officer.list.title") };
}

export default async function RescheduleRequestsPage() {
  const { session } = await officerContext();
  const requests = await openRescheduleRequests(session);
  const reader = await getReader();
  const { t, format } = reader;
  return (
    <>
      <h1>{t("appointments.officer.list.title")}</h1>
      <p className="max-w-prose">{t("appointments.officer.list.intro")}</p>
      {requests.length === 0 ? (
        <p data-testid="reschedule-requests-empty">{t("appointments.officer.list.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left" data-testid="reschedule-requests">
            <thead>
              <tr>
                <th scope="col">{t("appointments.officer.list.received")}</th>
                <th scope="col">{t("appointments.officer.list.case")}</th>
                <th scope="col">{t("appointments.officer.list.applicant")}</th>
                <th scope="col">{t("appointments.officer.list.appointment")}</th>
                <th scope="col">{t("appointments.officer.list.reason")}</th>
                <th scope="col">{t("appointments.officer.list.dates")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => (
                <tr key={request.id} className="border-t border-line align-top" data-testid="reschedule-request">
                  <td>
                    <time dateTime={request.createdAt.toISOString()}>{format.dateTime(request.createdAt, "dateTime")}</time>
                  </td>
                  <td>
                    <Link href={`/agency/cases/${request.receiptNumber}`}>
                      <ReceiptNumber value={request.receiptNumber} />
                    </Link>
                  </td>
                  <td>{request.applicantName}</td>
                  <td>
                    {request.appointmentAt && appointmentTime(reader, request.appointmentAt, request.officeTimeZone)}
                    {request.officeName && (
                      <>
                        <br />
                        {request.officeName}
                      </>
                    )}
                  </td>
                  <td className="whitespace-pre-line">{request.reason}</td>
                  <td className="whitespace-pre-line">{request.preferredDates}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
