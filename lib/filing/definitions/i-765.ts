import type { FormDefinition } from "../definition";
import { feeFor } from "../engine/fee-table";
import { joinName, nameQuestions, text } from "./shared";

// I-765, Application for Employment Authorization. (First cut: grows to the full form.)

export const I765: FormDefinition = {
  id: "I-765",
  title: "Application for Employment Authorization",
  purpose: "Ask for an Employment Authorization Document (work permit card), or renew or replace one.",
  whoMayFile:
    "People in the United States in a category that allows work with a card, such as a pending green card or asylum application, or a student on practical training.",
  minutes: 45,
  haveReady: ["Your passport and I-94 record", "Your current or previous work permit card, if any", "A recent passport-style photo"],
  outcome: "case",
  sections: [
    { id: "application", title: "About your application" },
    { id: "about-you", title: "About you" },
  ],
  pages: [
    {
      id: "reason",
      section: "application",
      title: "Why are you applying?",
      questions: [
        {
          id: "reason",
          kind: "radio",
          label: "Why are you applying?",
          options: [
            { value: "initial", label: "This is my first work permit" },
            { value: "replacement", label: "To replace a lost, stolen or damaged card, or one with a mistake not caused by us" },
            { value: "renewal", label: "To renew my work permit" },
          ],
        },
      ],
    },
    {
      id: "name",
      section: "about-you",
      title: "What is your full legal name?",
      questions: nameQuestions("", { family: "Family name (last name)", given: "Given name (first name)", middle: "Middle name" }),
    },
  ],
  documents: [{ id: "photo", label: "Two identical passport-style photos" }],
  fee: (_answers, on) => feeFor("I-765", "standard", on, "The standard fee"),
  signerName: (answers) => joinName(text(answers, "givenName"), text(answers, "middleName"), text(answers, "familyName")),
  certification: "I certify, under penalty of perjury, that the information in this application is complete, true and correct.",
  pdf: [
    { title: "Part 1. Reason for applying", questionIds: ["reason"] },
    { title: "Part 2. Information about you", questionIds: ["familyName", "givenName", "middleName"] },
  ],
};
