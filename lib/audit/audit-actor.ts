import os from "node:os";
import type { Actor } from "../auth/roles";

// Who an audit row names: an officer (their account), or the agency command, which has no account
// and records the operating-system user who ran it.

export type AuditActor = { kind: "OFFICER"; id: string } | { kind: "AGENCY_COMMAND"; osUser: string };

export function officerActor(officer: Pick<Actor, "id">): AuditActor {
  return { kind: "OFFICER", id: officer.id };
}

export function agencyCommandActor(osUser: string = operatingSystemUser()): AuditActor {
  return { kind: "AGENCY_COMMAND", osUser };
}

/** The account the process runs as; a container without a passwd entry still names its uid. */
export function operatingSystemUser(): string {
  try {
    const name = os.userInfo().username.trim();
    if (name) return name;
  } catch {
    // No passwd entry for this uid (some containers): fall through.
  }
  const fromEnv = (process.env.USER ?? process.env.LOGNAME ?? "").trim();
  if (fromEnv) return fromEnv;
  return typeof process.getuid === "function" ? `uid ${process.getuid()}` : "unknown user";
}
