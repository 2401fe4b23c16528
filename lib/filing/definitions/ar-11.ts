import { msg } from "@/lib/i18n/message-ref";
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

const NAME_LABELS = {
  family: msg("forms.ar11.nameLabels.family"),
  given: msg("forms.ar11.nameLabels.given"),
  middle: msg("forms.ar11.nameLabels.middle"),
};

export const AR11: FormDefinition = {
  id: "AR-11",
  title: msg("forms.ar11.title"),
  purpose: msg("forms.ar11.purpose"),
  whoMayFile: msg("forms.ar11.whoMayFile"),
  minutes: 5,
  haveReady: [msg("forms.ar11.haveReady.0"), msg("forms.ar11.haveReady.1")],
  outcome: "address-change",
  sections: [
    { id: "about-you", title: msg("forms.ar11.sections.aboutYou.title") },
    { id: "address", title: msg("forms.ar11.sections.address.title") },
  ],
  pages: [
    {
      id: "name",
      section: "about-you",
      title: msg("forms.ar11.pages.name.title"),
      intro: msg("forms.ar11.pages.name.intro"),
      questions: nameQuestions("", NAME_LABELS),
    },
    {
      id: "details",
      section: "about-you",
      title: msg("forms.ar11.pages.details.title"),
      questions: [
        {
          id: "dateOfBirth",
          kind: "date",
          label: msg("forms.ar11.questions.dateOfBirth.label"),
          hint: msg("forms.ar11.questions.dateOfBirth.hint"),
          autocomplete: "bday",
        },
        {
          id: "aNumber",
          kind: "a-number",
          label: msg("forms.ar11.questions.aNumber.label"),
          hint: msg("forms.ar11.questions.aNumber.hint"),
          required: false,
          width: 12,
        },
      ],
      check: (answers, now) =>
        brokenRules([[isFuture(answers, "dateOfBirth", now), "dateOfBirth", msg("forms.ar11.pages.details.check.dateOfBirth")]]),
    },
    {
      id: "new-address",
      section: "address",
      title: msg("forms.ar11.pages.newAddress.title"),
      intro: msg("forms.ar11.pages.newAddress.intro"),
      questions: [
        ...addressQuestions("new", ADDRESS_LABELS, "section-physical"),
        { id: "newIsMailing", kind: "radio", label: msg("forms.ar11.questions.newIsMailing.label"), options: YES_NO },
      ],
    },
    {
      id: "mailing-address",
      section: "address",
      title: msg("forms.ar11.pages.mailingAddress.title"),
      intro: msg("forms.ar11.pages.mailingAddress.intro"),
      showIf: answerIs("newIsMailing", NO),
      questions: addressQuestions(
        "mailing",
        { ...ADDRESS_LABELS, inCareOf: msg("forms.ar11.pages.mailingAddress.names.mailing.inCareOf") },
        "shipping",
      ),
    },
    {
      id: "date-moved",
      section: "address",
      title: msg("forms.ar11.pages.dateMoved.title"),
      questions: [
        {
          id: "dateMoved",
          kind: "date",
          label: msg("forms.ar11.questions.dateMoved.label"),
          hint: msg("forms.ar11.questions.dateMoved.hint"),
        },
      ],
      check: (answers, now) =>
        brokenRules([
          [isFuture(answers, "dateMoved", now), "dateMoved", msg("forms.ar11.pages.dateMoved.check.dateMoved")],
          [isBefore(answers, "dateMoved", "dateOfBirth"), "dateMoved", msg("forms.ar11.pages.dateMoved.check.dateMoved2")],
        ]),
    },
  ],
  documents: [],
  fee: (_answers, on) => feeFor("AR-11", "none", on, msg("forms.ar11.fees.none")),
  signerName: (answers) => joinName(text(answers, "givenName"), text(answers, "middleName"), text(answers, "familyName")),
  certification: msg("forms.ar11.certification"),
  pdf: [
    { title: msg("forms.ar11.pdf.part1.title"), questionIds: ["familyName", "givenName", "middleName", "dateOfBirth", "aNumber"] },
    { title: msg("forms.ar11.pdf.part2.title"), questionIds: [...addressIds("new"), "newIsMailing", "dateMoved"] },
    { title: msg("forms.ar11.pdf.part3.title"), questionIds: addressIds("mailing", true) },
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
