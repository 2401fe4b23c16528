import { formFields } from "@/lib/actions/form-input";
import { officerContext } from "@/lib/actions/contexts";
import { intakeNoticeForOfficer, zIntakeNotice } from "@/lib/agency/console/intake";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";
import { fromOwnOrigin } from "@/lib/http/same-origin";

// The Account Access Notice of a case just taken in, with its Online Access Code printed on it.
// The intake page posts the receipt number and the code it was shown; the code is checked against
// the stored hash, so only the current, unused code of that case renders.
export async function POST(request: Request) {
  const { session } = await officerContext();
  if (!fromOwnOrigin(request)) return downloadNotFound();
  const form = await request.formData().catch(() => null);
  const input = form ? zIntakeNotice.safeParse(formFields(form)) : null;
  const pdf = input?.success ? await intakeNoticeForOfficer(session, input.data) : null;
  if (!pdf) return downloadNotFound();
  return new Response(Buffer.from(pdf.bytes), {
    headers: downloadHeaders({ name: pdf.fileName, contentType: "application/pdf", size: pdf.bytes.length }),
  });
}
