import type { Answers, FormDefinition } from "../definition";
import { feeFor } from "../engine/fee-table";
import {
  ADDRESS_LABELS,
  brokenRules,
  addressIds,
  addressOf,
  addressQuestions,
  answerIs,
  isBefore,
  isFuture,
  joinName,
  nameQuestions,
  NO,
  text,
  YES_NO,
  type UsAddress,
} from "./shared";

// AR-11, Alien's Change of Address Card: no fee and no receipt number. Submitting puts the new
// address on the account's contact details and on every pending case of the person.

const NAME_LABELS = { family: "Family name (last name)", given: "Given name (first name)", middle: "Middle name" };

export const AR11: FormDefinition = {
  id: "AR-11",
  title: "Change of address",
  purpose:
    "Tell us your new address within 10 days of moving, so your notices and cards reach you. Every case you have pending with us is updated.",
  whoMayFile: "Anyone who is not a U.S. citizen and lives in the United States, including people with a pending case.",
  minutes: 5,
  haveReady: ["Your new address and the date you moved", "Your A-Number, if you have one"],
  outcome: "address-change",
  sections: [
    { id: "about-you", title: "About you" },
    { id: "address", title: "Your new address" },
  ],
  pages: [
    {
      id: "name",
      section: "about-you",
      title: "What is your name?",
      intro: "Use your full legal name, as it appears on your passport or other identity document.",
      questions: nameQuestions("", NAME_LABELS),
    },
    {
      id: "details",
      section: "about-you",
      title: "Your date of birth and A-Number",
      questions: [
        { id: "dateOfBirth", kind: "date", label: "Date of birth", hint: "For example, 27 3 1990." },
        {
          id: "aNumber",
          kind: "a-number",
          label: "A-Number (if any)",
          hint: "Your Alien Registration Number: A followed by 8 or 9 digits. It is on your notices and cards.",
          required: false,
          width: 12,
        },
      ],
      check: (answers, now) =>
        brokenRules([[isFuture(answers, "dateOfBirth", now), "dateOfBirth", "Your date of birth must be in the past."]]),
    },
    {
      id: "new-address",
      section: "address",
      title: "Your new address",
      intro: "The address where you now live in the United States.",
      questions: [
        ...addressQuestions("new", ADDRESS_LABELS, "shipping"),
        { id: "newIsMailing", kind: "radio", label: "Is this also your mailing address?", options: YES_NO },
      ],
    },
    {
      id: "mailing-address",
      section: "address",
      title: "Your mailing address",
      intro: "Where we should send your letters, if not to where you live.",
      showIf: answerIs("newIsMailing", NO),
      questions: addressQuestions("mailing", { ...ADDRESS_LABELS, inCareOf: "In care of name (if any)" }),
    },
    {
      id: "date-moved",
      section: "address",
      title: "When did you move to your new address?",
      questions: [{ id: "dateMoved", kind: "date", label: "Date you moved", hint: "For example, 1 11 2026." }],
      check: (answers, now) =>
        brokenRules([
          [isFuture(answers, "dateMoved", now), "dateMoved", "The date you moved must be today or in the past."],
          [isBefore(answers, "dateMoved", "dateOfBirth"), "dateMoved", "The date you moved must be after your date of birth."],
        ]),
    },
  ],
  documents: [],
  fee: (_answers, on) => feeFor("AR-11", "none", on, "There is no fee to report a change of address."),
  signerName: (answers) => joinName(text(answers, "givenName"), text(answers, "middleName"), text(answers, "familyName")),
  certification:
    "I certify, under penalty of perjury under the laws of the United States of America, that the information in this change of address is complete, true and correct.",
  pdf: [
    { title: "Part 1. Information about you", questionIds: ["familyName", "givenName", "middleName", "dateOfBirth", "aNumber"] },
    { title: "Part 2. Your new address", questionIds: [...addressIds("new"), "newIsMailing", "dateMoved"] },
    { title: "Part 3. Your mailing address", questionIds: addressIds("mailing", true) },
  ],
};

export type Ar11Change = {
  fullName: string;
  dateOfBirth: string;
  aNumber: string;
  dateMoved: string;
  physical: UsAddress;
  mailing: UsAddress;
};

/**
 * What an AR-11 changes, from its answers: the new address where the person lives, and the mailing
 * address (the same one unless they gave another) for the account's contact details and the cases.
 */
export function ar11Change(answers: Answers): Ar11Change {
  const physical = addressOf(answers, "new");
  return {
    fullName: joinName(text(answers, "givenName"), text(answers, "middleName"), text(answers, "familyName")),
    dateOfBirth: text(answers, "dateOfBirth"),
    aNumber: text(answers, "aNumber"),
    dateMoved: text(answers, "dateMoved"),
    physical,
    mailing: text(answers, "newIsMailing") === NO ? addressOf(answers, "mailing") : physical,
  };
}
