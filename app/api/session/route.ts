import { browserSessionStatus } from "@/lib/auth/browser-session-status";
import { fromOwnOrigin } from "@/lib/http/same-origin";

// The idle-timeout warning asks here how long the session has left (GET, which is not activity)
// and keeps it alive (POST, "Keep me signed in").

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET() {
  return Response.json(await browserSessionStatus(), { headers: NO_STORE });
}

export async function POST(request: Request) {
  if (!fromOwnOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403, headers: NO_STORE });
  return Response.json(await browserSessionStatus({ extend: true }), { headers: NO_STORE });
}
