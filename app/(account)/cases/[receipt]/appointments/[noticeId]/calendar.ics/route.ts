import { applicantContext } from "@/lib/actions/contexts";
import { calendarForOwner } from "@/lib/appointments/calendar";
import { attachmentDisposition, downloadNotFound } from "@/lib/http/download";
import { getReader } from "@/lib/i18n/request";

// "Add to calendar": the appointment as an .ics file. Not theirs or not an appointment: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ receipt: string; noticeId: string }> }) {
  const { actor } = await applicantContext();
  const { receipt, noticeId } = await params;
  const calendar = await calendarForOwner(actor, receipt, noticeId, await getReader());
  if (!calendar) return downloadNotFound();
  return new Response(calendar.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": attachmentDisposition(calendar.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
