import { msg } from "../i18n/message-ref";

// What people read about a G-28 starting and ending, in one place (the case history's entries, the
// refusals of ending and recording one). Refusals are msg() references: the action chain words them
// in the reader's language.

/** The case history's entry when a G-28 begins (kind REPRESENTATION_STARTED; not a status). Stored as the record's English title. */
export const REPRESENTATION_STARTED_TITLE = "A Legal Representative Was Added";
/** The case history's entry when a G-28 ends (kind REPRESENTATION_ENDED; not a status). Stored as the record's English title. */
export const REPRESENTATION_ENDED_TITLE = "A Legal Representative's Access Ended";

export const REPRESENTATION_TEXTS = {
  notFound: msg("representative.errors.notFound"),
  alreadyEnded: msg("representative.errors.alreadyEnded"),
  caseNotFound: msg("representative.errors.caseNotFound"),
  representativeRequired: msg("representative.errors.representativeRequired"),
  representativeFormat: msg("representative.errors.representativeFormat"),
  noSuchRepresentative: msg("representative.errors.noSuchRepresentative"),
  notARepresentative: msg("representative.errors.notARepresentative"),
  notFinished: msg("representative.errors.notFinished"),
  alreadyRepresented: msg("representative.errors.alreadyRepresented"),
} as const;

type EndedBy = "CLIENT" | "REPRESENTATIVE" | "OFFICER" | null;

/** Who ended a G-28, for the applicant ("you") or the console ("the applicant"), as a msg() reference: show it with text(). */
export function endedByMessage(endedBy: EndedBy, reader: "client" | "officer"): string {
  if (endedBy === "CLIENT") return reader === "client" ? msg("representative.endedBy.you") : msg("representative.endedBy.applicant");
  if (endedBy === "REPRESENTATIVE") return msg("representative.endedBy.representative");
  if (endedBy === "OFFICER") return msg("representative.endedBy.agency");
  return msg("representative.endedBy.unknown");
}

/** The tag beside a representative whose details no officer has verified yet, as a msg() reference. */
export const NOT_VERIFIED_MESSAGE = msg("representative.label.notVerified");
