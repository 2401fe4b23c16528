// What people read about a G-28 starting and ending, in one place (the case history's entries, the
// refusals of ending and recording one).

/** The case history's entry when a G-28 begins (kind REPRESENTATION_STARTED; not a status). */
export const REPRESENTATION_STARTED_TITLE = "A Legal Representative Was Added";
/** The case history's entry when a G-28 ends (kind REPRESENTATION_ENDED; not a status). */
export const REPRESENTATION_ENDED_TITLE = "A Legal Representative's Access Ended";

export const REPRESENTATION_TEXTS = {
  notFound: "That representation was not found.",
  alreadyEnded: "This representation had already ended. Nothing was changed.",
  caseNotFound: "That case was not found.",
  representativeRequired: "Enter the representative's email address or 12-digit account number.",
  representativeFormat: "Enter an email address (like name@example.com) or a 12-digit account number.",
  noSuchRepresentative:
    "No account has that email address or account number. Ask the representative to create a legal representative account first.",
  notARepresentative: "That account is not a legal representative's account. A G-28 can only name a representative's account.",
  notFinished: "That representative has not finished creating their account yet. Ask them to finish signing up first.",
  alreadyRepresented: "This representative already has a current G-28 on this case. Nothing was changed.",
} as const;
