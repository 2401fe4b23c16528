import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { takePendingInvitation } from "@/lib/filing/pending-invitation";

// Back to the invitation a client opened before signing in (the cookie is forgotten here).
export async function GET(_request: NextRequest) {
  const token = await takePendingInvitation();
  const target = token ? `/invitation?token=${token}` : "/dashboard";
  return NextResponse.redirect(new URL(target, env().APP_URL), 303);
}
