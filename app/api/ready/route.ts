import { checkReadiness } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness.ok ? { status: "ready" } : { status: "not ready", reason: readiness.reason }, {
    status: readiness.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
