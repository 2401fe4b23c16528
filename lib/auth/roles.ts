import type { CurrentSession } from "../sessions/sessions";

// Who a session is, in one place: every "is this a fully signed-in officer?" question asks here.

export type SessionLike = Pick<CurrentSession, "level" | "user">;

/** The person acting, as domain functions receive them (never a bare user id). */
export type Actor = Pick<CurrentSession["user"], "id" | "email" | "role">;

export function isFullySignedIn<S extends SessionLike>(session: S | null | undefined): session is S {
  return !!session && session.level === "FULL";
}

export function isApplicant<S extends SessionLike>(session: S | null | undefined): session is S {
  return isFullySignedIn(session) && session.user.role === "APPLICANT";
}

export function isOfficer<S extends SessionLike>(session: S | null | undefined): session is S {
  return isFullySignedIn(session) && session.user.role === "OFFICER";
}

/** An attorney or accredited representative: reaches only cases with a current G-28 naming them. */
export function isRepresentative<S extends SessionLike>(session: S | null | undefined): session is S {
  return isFullySignedIn(session) && session.user.role === "REPRESENTATIVE";
}

export function actorOf(session: SessionLike): Actor {
  return { id: session.user.id, email: session.user.email, role: session.user.role };
}

/** What the header shows: nothing signed in, half signed in, or which kind of account. */
export function navigationRole(session: SessionLike | null | undefined): "none" | "partial" | "officer" | "representative" | "applicant" {
  if (!session) return "none";
  if (!isFullySignedIn(session)) return "partial";
  if (isOfficer(session)) return "officer";
  return isRepresentative(session) ? "representative" : "applicant";
}
