import type { FormDefinition } from "../../definition";
import { feeFor } from "../fee-table";
import { answerIs, brokenRules, isFuture, joinName, text, YES_NO } from "../../definitions/shared";

// A third, made-up form used only by tests: a pet licence with a conditional page, checkboxes, a date,
// a document required by an answer and a fee. It proves a new form needs only a definition.

export const PET_LICENCE: FormDefinition = {
  id: "PET-1",
  title: "Pet licence",
  purpose: "License a pet.",
  whoMayFile: "Anyone with a pet.",
  minutes: 3,
  haveReady: ["Your pet's vaccination record"],
  outcome: "case",
  sections: [
    { id: "owner", title: "About you" },
    { id: "pet", title: "About your pet" },
  ],
  pages: [
    {
      id: "owner",
      section: "owner",
      title: "Your name",
      questions: [
        { id: "ownerName", kind: "text", label: "Full name", maxLength: 40 },
        { id: "ownerEmail", kind: "email", label: "Email address", required: false },
      ],
    },
    {
      id: "pet",
      section: "pet",
      title: "Your pet",
      questions: [
        {
          id: "species",
          kind: "radio",
          label: "What kind of pet?",
          options: [
            { value: "dog", label: "Dog" },
            { value: "cat", label: "Cat" },
          ],
        },
        { id: "bornOn", kind: "date", label: "Date of birth" },
        { id: "hasChip", kind: "radio", label: "Is your pet microchipped?", options: YES_NO },
        { id: "chipNumber", kind: "text", label: "Microchip number", showIf: answerIs("hasChip", "yes"), maxLength: 15 },
        {
          id: "habits",
          kind: "checkboxes",
          label: "What does your pet do?",
          required: false,
          options: [
            { value: "barks", label: "Barks" },
            { value: "purrs", label: "Purrs" },
            { value: "sleeps", label: "Sleeps" },
          ],
        },
      ],
      check: (answers, now) => brokenRules([[isFuture(answers, "bornOn", now), "bornOn", "Your pet's date of birth must be in the past."]]),
    },
    {
      id: "dog-licence",
      section: "pet",
      title: "Your dog's previous licence",
      showIf: answerIs("species", "dog"),
      questions: [{ id: "previousLicence", kind: "receipt-number", label: "Previous licence number", required: false }],
    },
  ],
  documents: [
    { id: "vaccination", label: "Vaccination record" },
    { id: "chip-certificate", label: "Microchip certificate", required: answerIs("hasChip", "yes"), showIf: answerIs("hasChip", "yes") },
  ],
  fee: (answers, on) => feeFor("AR-11", "none", on, text(answers, "species") === "dog" ? "Dogs are free in this example." : "Cats too."),
  signerName: (answers) => joinName(text(answers, "ownerName")),
  certification: "I certify that this is my pet.",
  pdf: [
    { title: "Part 1. Owner", questionIds: ["ownerName", "ownerEmail"] },
    { title: "Part 2. Pet", questionIds: ["species", "bornOn", "hasChip", "chipNumber", "habits", "previousLicence"] },
  ],
};
