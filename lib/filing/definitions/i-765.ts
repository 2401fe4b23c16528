import { msg } from "@/lib/i18n/message-ref";
import type { Answers, Fee, FormDefinition, Option } from "../definition";
import { feeFor } from "../engine/fee-table";
import { dateOf } from "../engine/formats";
import {
  ADDRESS_LABELS,
  addressIds,
  addressQuestions,
  answerIs,
  brokenRules,
  isBefore,
  isFuture,
  joinName,
  nameQuestions,
  NO,
  text,
  YES,
  YES_NO,
} from "./shared";

// I-765, Application for Employment Authorization: a work permit card (EAD), first, renewed or
// replaced. Pages follow the paper form's parts; a follow-up page appears only for the answers that
// need it (the previous card for a renewal, the pending I-485 for (c)(9), and so on).

const NAME_LABELS = {
  family: msg("forms.i765.nameLabels.family"),
  given: msg("forms.i765.nameLabels.given"),
  middle: msg("forms.i765.nameLabels.middle"),
};
const PARENT_LABELS = (parent: "father" | "mother") => ({
  family: msg(`forms.i765.parents.${parent}.family`),
  given: msg(`forms.i765.parents.${parent}.given`),
  middle: msg(`forms.i765.parents.${parent}.middle`),
});

export const I765_CATEGORIES: readonly Option[] = [
  { value: "a3", label: msg("forms.i765.i765Categories.options.a3.label"), hint: msg("forms.i765.i765Categories.options.a3.hint") },
  { value: "a5", label: msg("forms.i765.i765Categories.options.a5.label"), hint: msg("forms.i765.i765Categories.options.a5.hint") },
  { value: "a12", label: msg("forms.i765.i765Categories.options.a12.label"), hint: msg("forms.i765.i765Categories.options.a12.hint") },
  { value: "c3A", label: msg("forms.i765.i765Categories.options.c3A.label") },
  { value: "c3B", label: msg("forms.i765.i765Categories.options.c3B.label") },
  { value: "c3C", label: msg("forms.i765.i765Categories.options.c3C.label") },
  { value: "c8", label: msg("forms.i765.i765Categories.options.c8.label"), hint: msg("forms.i765.i765Categories.options.c8.hint") },
  {
    value: "c9",
    label: msg("forms.i765.i765Categories.options.c9.label"),
    hint: msg("forms.i765.i765Categories.options.c9.hint"),
  },
];

const REASON_OPTIONS: readonly Option[] = [
  { value: "initial", label: msg("forms.i765.reasonOptions.options.initial.label") },
  {
    value: "replacement",
    label: msg("forms.i765.reasonOptions.options.replacement.label"),
    hint: msg("forms.i765.reasonOptions.options.replacement.hint"),
  },
  {
    value: "renewal",
    label: msg("forms.i765.reasonOptions.options.renewal.label"),
    hint: msg("forms.i765.reasonOptions.options.renewal.hint"),
  },
];

const isRenewalOrReplacement = answerIs("reason", "renewal", "replacement");
const isStudent = answerIs("category", "c3A", "c3B", "c3C");

// The 2024 rule: an I-485 filed before this day paid a fee that also covered the I-765; one filed from
// this day on leaves the I-765 a reduced fee of its own (example; see fee-table.ts).
const I485_BUNDLED_FEE_UNTIL = "2024-04-01";

/**
 * The fee for these answers: which row of the fee table applies, and why, in words. The exemptions
 * and reductions are EXAMPLES that follow the shape of the published rules (a first card for
 * refugees, asylees and asylum applicants; (c)(9) covered by an I-485 fee paid before the 2024
 * schedule, or at a reduced fee after it), not a complete or authoritative list: check the official
 * fee schedule before real use.
 */
function i765Fee(answers: Answers, on: Date): Fee {
  const category = text(answers, "category");
  const initial = text(answers, "reason") === "initial";
  if (initial && (category === "a3" || category === "a5")) {
    return feeFor("I-765", "exempt-refugee-asylee-initial", on, msg("forms.i765.fees.exemptRefugeeAsyleeInitial"));
  }
  if (initial && category === "c8") {
    return feeFor("I-765", "exempt-asylum-initial", on, msg("forms.i765.fees.exemptAsylumInitial"));
  }
  const filed = text(answers, "i485FiledOn");
  if (category === "c9" && filed !== "") {
    return filed < I485_BUNDLED_FEE_UNTIL
      ? feeFor("I-765", "exempt-c9-covered-by-i485", on, msg("forms.i765.fees.exemptC9CoveredByI485"))
      : feeFor("I-765", "c9-pending-i485", on, msg("forms.i765.fees.c9PendingI485"));
  }
  return feeFor("I-765", "standard", on, msg("forms.i765.fees.standard"));
}

const DAY = 86_400_000;

export const I765: FormDefinition = {
  id: "I-765",
  title: msg("forms.i765.title"),
  purpose: msg("forms.i765.purpose"),
  whoMayFile: msg("forms.i765.whoMayFile"),
  minutes: 45,
  haveReady: [msg("forms.i765.haveReady.0"), msg("forms.i765.haveReady.1"), msg("forms.i765.haveReady.2"), msg("forms.i765.haveReady.3")],
  outcome: "case",
  sections: [
    { id: "application", title: msg("forms.i765.sections.application.title") },
    { id: "about-you", title: msg("forms.i765.sections.aboutYou.title") },
    { id: "arrival", title: msg("forms.i765.sections.arrival.title") },
    { id: "eligibility", title: msg("forms.i765.sections.eligibility.title") },
    { id: "statement", title: msg("forms.i765.sections.statement.title") },
  ],
  pages: [
    {
      id: "reason",
      section: "application",
      title: msg("forms.i765.pages.reason.title"),
      questions: [{ id: "reason", kind: "radio", label: msg("forms.i765.questions.reason.label"), options: REASON_OPTIONS }],
    },
    {
      id: "replacement-reason",
      section: "application",
      title: msg("forms.i765.pages.replacementReason.title"),
      showIf: answerIs("reason", "replacement"),
      questions: [
        {
          id: "replacementReason",
          kind: "radio",
          label: msg("forms.i765.questions.replacementReason.label"),
          options: [
            { value: "lost", label: msg("forms.i765.questions.replacementReason.options.lost.label") },
            { value: "stolen", label: msg("forms.i765.questions.replacementReason.options.stolen.label") },
            { value: "damaged", label: msg("forms.i765.questions.replacementReason.options.damaged.label") },
            {
              value: "changed",
              label: msg("forms.i765.questions.replacementReason.options.changed.label"),
              hint: msg("forms.i765.questions.replacementReason.options.changed.hint"),
            },
          ],
        },
      ],
    },
    {
      id: "previous-card",
      section: "application",
      title: msg("forms.i765.pages.previousCard.title"),
      intro: msg("forms.i765.pages.previousCard.intro"),
      showIf: isRenewalOrReplacement,
      questions: [
        {
          id: "previousCardFrom",
          kind: "date",
          label: msg("forms.i765.questions.previousCardFrom.label"),
          hint: msg("forms.i765.questions.previousCardFrom.hint"),
        },
        {
          id: "previousCardUntil",
          kind: "date",
          label: msg("forms.i765.questions.previousCardUntil.label"),
          hint: msg("forms.i765.questions.previousCardUntil.hint"),
        },
      ],
      check: (answers, now) =>
        brokenRules([
          [isFuture(answers, "previousCardFrom", now), "previousCardFrom", msg("forms.i765.pages.previousCard.check.previousCardFrom")],
          [
            isBefore(answers, "previousCardUntil", "previousCardFrom"),
            "previousCardUntil",
            msg("forms.i765.pages.previousCard.check.previousCardUntil"),
          ],
          [
            text(answers, "reason") === "renewal" &&
              (dateOf(text(answers, "previousCardUntil"))?.getTime() ?? 0) > now.getTime() + 180 * DAY,
            "previousCardUntil",
            msg("forms.i765.pages.previousCard.check.previousCardUntil2"),
          ],
        ]),
    },
    {
      id: "name",
      section: "about-you",
      title: msg("forms.i765.pages.name.title"),
      intro: msg("forms.i765.pages.name.intro"),
      questions: nameQuestions("", NAME_LABELS),
    },
    {
      id: "other-names",
      section: "about-you",
      title: msg("forms.i765.pages.otherNames.title"),
      questions: [
        {
          id: "otherNamesUsed",
          kind: "radio",
          label: msg("forms.i765.questions.otherNamesUsed.label"),
          hint: msg("forms.i765.questions.otherNamesUsed.hint"),
          options: YES_NO,
        },
      ],
    },
    {
      id: "other-names-list",
      section: "about-you",
      title: msg("forms.i765.pages.otherNamesList.title"),
      intro: msg("forms.i765.pages.otherNamesList.intro"),
      showIf: answerIs("otherNamesUsed", YES),
      questions: [
        ...nameQuestions("otherName1", {
          family: msg("forms.i765.pages.otherNamesList.names.otherName1.family"),
          given: msg("forms.i765.pages.otherNamesList.names.otherName1.given"),
          middle: msg("forms.i765.pages.otherNamesList.names.otherName1.middle"),
        }),
        ...nameQuestions(
          "otherName2",
          {
            family: msg("forms.i765.pages.otherNamesList.names.otherName2.family"),
            given: msg("forms.i765.pages.otherNamesList.names.otherName2.given"),
            middle: msg("forms.i765.pages.otherNamesList.names.otherName2.middle"),
          },
          { required: false },
        ),
      ],
      check: (answers) =>
        brokenRules([
          [
            text(answers, "otherName2GivenName") !== "" && text(answers, "otherName2FamilyName") === "",
            "otherName2FamilyName",
            msg("forms.i765.pages.otherNamesList.check.otherName2FamilyName"),
          ],
          [
            (text(answers, "otherName2FamilyName") !== "" || text(answers, "otherName2MiddleName") !== "") &&
              text(answers, "otherName2GivenName") === "",
            "otherName2GivenName",
            msg("forms.i765.pages.otherNamesList.check.otherName2GivenName"),
          ],
        ]),
    },
    {
      id: "mailing-address",
      section: "about-you",
      title: msg("forms.i765.pages.mailingAddress.title"),
      intro: msg("forms.i765.pages.mailingAddress.intro"),
      questions: [
        ...addressQuestions(
          "mailing",
          { ...ADDRESS_LABELS, inCareOf: msg("forms.i765.pages.mailingAddress.names.mailing.inCareOf") },
          "shipping",
        ),
        { id: "mailingIsPhysical", kind: "radio", label: msg("forms.i765.questions.mailingIsPhysical.label"), options: YES_NO },
      ],
    },
    {
      id: "physical-address",
      section: "about-you",
      title: msg("forms.i765.pages.physicalAddress.title"),
      showIf: answerIs("mailingIsPhysical", NO),
      questions: addressQuestions("physical", ADDRESS_LABELS, "section-physical"),
    },
    {
      id: "numbers",
      section: "about-you",
      title: msg("forms.i765.pages.numbers.title"),
      intro: msg("forms.i765.pages.numbers.intro"),
      questions: [
        {
          id: "aNumber",
          kind: "a-number",
          label: msg("forms.i765.questions.aNumber.label"),
          hint: msg("forms.i765.questions.aNumber.hint"),
          required: false,
          width: 12,
        },
        {
          id: "accountNumber",
          kind: "text",
          label: msg("forms.i765.questions.accountNumber.label"),
          hint: msg("forms.i765.questions.accountNumber.hint"),
          required: false,
          maxLength: 20,
          width: 16,
        },
      ],
      check: (answers) =>
        brokenRules([
          [
            text(answers, "accountNumber") !== "" && !/^\d{12}$/.test(text(answers, "accountNumber").replace(/[\s-]/g, "")),
            "accountNumber",
            msg("forms.i765.pages.numbers.check.accountNumber"),
          ],
        ]),
    },
    {
      id: "personal",
      section: "about-you",
      title: msg("forms.i765.pages.personal.title"),
      questions: [
        {
          id: "sex",
          kind: "radio",
          label: msg("forms.i765.questions.sex.label"),
          options: [
            { value: "female", label: msg("forms.i765.questions.sex.options.female.label") },
            { value: "male", label: msg("forms.i765.questions.sex.options.male.label") },
          ],
        },
        {
          id: "maritalStatus",
          kind: "radio",
          label: msg("forms.i765.questions.maritalStatus.label"),
          options: [
            { value: "single", label: msg("forms.i765.questions.maritalStatus.options.single.label") },
            { value: "married", label: msg("forms.i765.questions.maritalStatus.options.married.label") },
            { value: "divorced", label: msg("forms.i765.questions.maritalStatus.options.divorced.label") },
            { value: "widowed", label: msg("forms.i765.questions.maritalStatus.options.widowed.label") },
          ],
        },
      ],
    },
    {
      id: "birth",
      section: "about-you",
      title: msg("forms.i765.pages.birth.title"),
      questions: [
        {
          id: "dateOfBirth",
          kind: "date",
          label: msg("forms.i765.questions.dateOfBirth.label"),
          hint: msg("forms.i765.questions.dateOfBirth.hint"),
          autocomplete: "bday",
        },
        { id: "birthCity", kind: "text", label: msg("forms.i765.questions.birthCity.label"), maxLength: 60 },
        { id: "birthProvince", kind: "text", label: msg("forms.i765.questions.birthProvince.label"), required: false, maxLength: 60 },
        { id: "birthCountry", kind: "country", label: msg("forms.i765.questions.birthCountry.label") },
      ],
      check: (answers, now) =>
        brokenRules([[isFuture(answers, "dateOfBirth", now), "dateOfBirth", msg("forms.i765.pages.birth.check.dateOfBirth")]]),
    },
    {
      id: "citizenship",
      section: "about-you",
      title: msg("forms.i765.pages.citizenship.title"),
      questions: [
        { id: "citizenship1", kind: "country", label: msg("forms.i765.questions.citizenship1.label") },
        { id: "citizenship2", kind: "country", label: msg("forms.i765.questions.citizenship2.label"), required: false },
      ],
      check: (answers) =>
        brokenRules([
          [
            text(answers, "citizenship2") !== "" && text(answers, "citizenship2") === text(answers, "citizenship1"),
            "citizenship2",
            msg("forms.i765.pages.citizenship.check.citizenship2"),
          ],
        ]),
    },
    {
      id: "ssn-issued",
      section: "about-you",
      title: msg("forms.i765.pages.ssnIssued.title"),
      questions: [
        {
          id: "ssnIssued",
          kind: "radio",
          label: msg("forms.i765.questions.ssnIssued.label"),
          options: YES_NO,
        },
      ],
    },
    {
      id: "ssn",
      section: "about-you",
      title: msg("forms.i765.pages.ssn.title"),
      showIf: answerIs("ssnIssued", YES),
      questions: [
        { id: "ssn", kind: "ssn", label: msg("forms.i765.questions.ssn.label"), hint: msg("forms.i765.questions.ssn.hint"), width: 12 },
      ],
    },
    {
      id: "ssn-card",
      section: "about-you",
      title: msg("forms.i765.pages.ssnCard.title"),
      intro: msg("forms.i765.pages.ssnCard.intro"),
      questions: [
        {
          id: "wantsSsnCard",
          kind: "radio",
          label: msg("forms.i765.questions.wantsSsnCard.label"),
          options: YES_NO,
        },
      ],
    },
    {
      id: "ssn-consent",
      section: "about-you",
      title: msg("forms.i765.pages.ssnConsent.title"),
      showIf: answerIs("wantsSsnCard", YES),
      questions: [
        {
          id: "ssnConsent",
          kind: "radio",
          label: msg("forms.i765.questions.ssnConsent.label"),
          options: YES_NO,
        },
        ...nameQuestions("father", PARENT_LABELS("father")),
        ...nameQuestions("mother", PARENT_LABELS("mother")),
      ],
      check: (answers) =>
        brokenRules([[text(answers, "ssnConsent") === NO, "ssnConsent", msg("forms.i765.pages.ssnConsent.check.ssnConsent")]]),
    },
    {
      id: "arrival",
      section: "arrival",
      title: msg("forms.i765.pages.arrival.title"),
      questions: [
        {
          id: "lastArrivalDate",
          kind: "date",
          label: msg("forms.i765.questions.lastArrivalDate.label"),
          hint: msg("forms.i765.questions.lastArrivalDate.hint"),
        },
        {
          id: "lastArrivalPlace",
          kind: "text",
          label: msg("forms.i765.questions.lastArrivalPlace.label"),
          hint: msg("forms.i765.questions.lastArrivalPlace.hint"),
          maxLength: 80,
        },
        {
          id: "statusAtArrival",
          kind: "text",
          label: msg("forms.i765.questions.statusAtArrival.label"),
          hint: msg("forms.i765.questions.statusAtArrival.hint"),
          maxLength: 60,
        },
        {
          id: "currentStatus",
          kind: "text",
          label: msg("forms.i765.questions.currentStatus.label"),
          hint: msg("forms.i765.questions.currentStatus.hint"),
          maxLength: 60,
        },
      ],
      check: (answers, now) =>
        brokenRules([
          [isFuture(answers, "lastArrivalDate", now), "lastArrivalDate", msg("forms.i765.pages.arrival.check.lastArrivalDate")],
          [isBefore(answers, "lastArrivalDate", "dateOfBirth"), "lastArrivalDate", msg("forms.i765.pages.arrival.check.lastArrivalDate2")],
        ]),
    },
    {
      id: "travel-documents",
      section: "arrival",
      title: msg("forms.i765.pages.travelDocuments.title"),
      intro: msg("forms.i765.pages.travelDocuments.intro"),
      questions: [
        {
          id: "i94Number",
          kind: "i94",
          label: msg("forms.i765.questions.i94Number.label"),
          hint: msg("forms.i765.questions.i94Number.hint"),
          required: false,
          width: 12,
        },
        {
          id: "passportNumber",
          kind: "text",
          label: msg("forms.i765.questions.passportNumber.label"),
          required: false,
          maxLength: 20,
          width: 16,
        },
        {
          id: "travelDocumentNumber",
          kind: "text",
          label: msg("forms.i765.questions.travelDocumentNumber.label"),
          required: false,
          maxLength: 20,
          width: 16,
        },
        {
          id: "passportCountry",
          kind: "country",
          label: msg("forms.i765.questions.passportCountry.label"),
          required: (answers) => text(answers, "passportNumber") !== "" || text(answers, "travelDocumentNumber") !== "",
        },
        {
          id: "passportExpires",
          kind: "date",
          label: msg("forms.i765.questions.passportExpires.label"),
          required: (answers) => text(answers, "passportNumber") !== "" || text(answers, "travelDocumentNumber") !== "",
        },
      ],
      check: (answers) =>
        brokenRules([
          [
            isBefore(answers, "passportExpires", "dateOfBirth"),
            "passportExpires",
            msg("forms.i765.pages.travelDocuments.check.passportExpires"),
          ],
        ]),
    },
    {
      id: "category",
      section: "eligibility",
      title: msg("forms.i765.pages.category.title"),
      intro: msg("forms.i765.pages.category.intro"),
      questions: [{ id: "category", kind: "radio", label: msg("forms.i765.questions.category.label"), options: I765_CATEGORIES }],
    },
    {
      id: "category-c9",
      section: "eligibility",
      title: msg("forms.i765.pages.categoryC9.title"),
      showIf: answerIs("category", "c9"),
      questions: [
        {
          id: "i485ReceiptNumber",
          kind: "receipt-number",
          label: msg("forms.i765.questions.i485ReceiptNumber.label"),
          hint: msg("forms.i765.questions.i485ReceiptNumber.hint"),
          width: 16,
        },
        {
          id: "i485FiledOn",
          kind: "date",
          label: msg("forms.i765.questions.i485FiledOn.label"),
          hint: msg("forms.i765.questions.i485FiledOn.hint"),
        },
      ],
      check: (answers, now) =>
        brokenRules([[isFuture(answers, "i485FiledOn", now), "i485FiledOn", msg("forms.i765.pages.categoryC9.check.i485FiledOn")]]),
    },
    {
      id: "category-student",
      section: "eligibility",
      title: msg("forms.i765.pages.categoryStudent.title"),
      showIf: isStudent,
      questions: [
        {
          id: "sevisNumber",
          kind: "text",
          label: msg("forms.i765.questions.sevisNumber.label"),
          hint: msg("forms.i765.questions.sevisNumber.hint"),
          maxLength: 15,
          width: 14,
        },
      ],
      check: (answers) =>
        brokenRules([
          [!/^N\d{10}$/i.test(text(answers, "sevisNumber")), "sevisNumber", msg("forms.i765.pages.categoryStudent.check.sevisNumber")],
        ]),
    },
    {
      id: "category-c3c",
      section: "eligibility",
      title: msg("forms.i765.pages.categoryC3c.title"),
      showIf: answerIs("category", "c3C"),
      questions: [
        {
          id: "stemDegree",
          kind: "text",
          label: msg("forms.i765.questions.stemDegree.label"),
          hint: msg("forms.i765.questions.stemDegree.hint"),
          maxLength: 100,
        },
        { id: "employerName", kind: "text", label: msg("forms.i765.questions.employerName.label"), maxLength: 100 },
        {
          id: "everifyCompanyId",
          kind: "text",
          label: msg("forms.i765.questions.everifyCompanyId.label"),
          hint: msg("forms.i765.questions.everifyCompanyId.hint"),
          required: false,
          maxLength: 10,
          width: 10,
        },
        {
          id: "everifyClientId",
          kind: "text",
          label: msg("forms.i765.questions.everifyClientId.label"),
          hint: msg("forms.i765.questions.everifyClientId.hint"),
          required: false,
          maxLength: 10,
          width: 10,
        },
      ],
      check: (answers) => {
        const company = text(answers, "everifyCompanyId");
        const client = text(answers, "everifyClientId");
        return brokenRules([
          [company === "" && client === "", "everifyCompanyId", msg("forms.i765.pages.categoryC3c.check.everifyCompanyId")],
          [company !== "" && !/^\d{4,8}$/.test(company), "everifyCompanyId", msg("forms.i765.pages.categoryC3c.check.everifyCompanyId2")],
          [client !== "" && !/^\d{4,8}$/.test(client), "everifyClientId", msg("forms.i765.pages.categoryC3c.check.everifyClientId")],
        ]);
      },
    },
    {
      id: "category-c8",
      section: "eligibility",
      title: msg("forms.i765.pages.categoryC8.title"),
      showIf: answerIs("category", "c8"),
      questions: [
        {
          id: "everArrested",
          kind: "radio",
          label: msg("forms.i765.questions.everArrested.label"),
          hint: msg("forms.i765.questions.everArrested.hint"),
          options: YES_NO,
        },
      ],
    },
    {
      id: "category-c8-arrests",
      section: "eligibility",
      title: msg("forms.i765.pages.categoryC8Arrests.title"),
      intro: msg("forms.i765.pages.categoryC8Arrests.intro"),
      showIf: (answers) => text(answers, "category") === "c8" && text(answers, "everArrested") === YES,
      questions: [
        {
          id: "arrestDetails",
          kind: "textarea",
          label: msg("forms.i765.questions.arrestDetails.label"),
          maxLength: 2000,
        },
      ],
    },
    {
      id: "contact",
      section: "statement",
      title: msg("forms.i765.pages.contact.title"),
      questions: [
        {
          id: "daytimePhone",
          kind: "phone",
          label: msg("forms.i765.questions.daytimePhone.label"),
          hint: msg("forms.i765.questions.daytimePhone.hint"),
          autocomplete: "tel",
          width: 20,
        },
        { id: "mobilePhone", kind: "phone", label: msg("forms.i765.questions.mobilePhone.label"), required: false, width: 20 },
        { id: "email", kind: "email", label: msg("forms.i765.questions.email.label"), required: false, autocomplete: "email" },
      ],
    },
    {
      id: "statement",
      section: "statement",
      title: msg("forms.i765.pages.statement.title"),
      questions: [
        {
          id: "applicantStatement",
          kind: "radio",
          label: msg("forms.i765.questions.applicantStatement.label"),
          options: [
            { value: "english", label: msg("forms.i765.questions.applicantStatement.options.english.label") },
            {
              value: "interpreter",
              label: msg("forms.i765.questions.applicantStatement.options.interpreter.label"),
            },
          ],
        },
        { id: "usedPreparer", kind: "radio", label: msg("forms.i765.questions.usedPreparer.label"), options: YES_NO },
      ],
    },
    {
      id: "interpreter",
      section: "statement",
      title: msg("forms.i765.pages.interpreter.title"),
      showIf: answerIs("applicantStatement", "interpreter"),
      questions: [
        ...nameQuestions("interpreter", {
          family: msg("forms.i765.pages.interpreter.names.interpreter.family"),
          given: msg("forms.i765.pages.interpreter.names.interpreter.given"),
          middle: msg("forms.i765.pages.interpreter.names.interpreter.middle"),
        }).filter((question) => question.id !== "interpreterMiddleName"),
        { id: "interpreterOrganization", kind: "text", label: msg("forms.i765.questions.interpreterOrganization.label"), required: false },
        { id: "interpreterLanguage", kind: "text", label: msg("forms.i765.questions.interpreterLanguage.label"), maxLength: 60 },
        // Someone else's details: the browser must not offer the applicant's own.
        {
          id: "interpreterPhone",
          kind: "phone",
          label: msg("forms.i765.questions.interpreterPhone.label"),
          width: 20,
          autocomplete: "off",
        },
        {
          id: "interpreterEmail",
          kind: "email",
          label: msg("forms.i765.questions.interpreterEmail.label"),
          required: false,
          autocomplete: "off",
        },
      ],
    },
    {
      id: "preparer",
      section: "statement",
      title: msg("forms.i765.pages.preparer.title"),
      showIf: answerIs("usedPreparer", YES),
      questions: [
        ...nameQuestions("preparer", {
          family: msg("forms.i765.pages.preparer.names.preparer.family"),
          given: msg("forms.i765.pages.preparer.names.preparer.given"),
          middle: msg("forms.i765.pages.preparer.names.preparer.middle"),
        }).filter((question) => question.id !== "preparerMiddleName"),
        { id: "preparerOrganization", kind: "text", label: msg("forms.i765.questions.preparerOrganization.label"), required: false },
        // Someone else's details: the browser must not offer the applicant's own.
        { id: "preparerPhone", kind: "phone", label: msg("forms.i765.questions.preparerPhone.label"), width: 20, autocomplete: "off" },
        {
          id: "preparerEmail",
          kind: "email",
          label: msg("forms.i765.questions.preparerEmail.label"),
          required: false,
          autocomplete: "off",
        },
        {
          id: "preparerRole",
          kind: "radio",
          label: msg("forms.i765.questions.preparerRole.label"),
          options: [
            {
              value: "not-attorney",
              label: msg("forms.i765.questions.preparerRole.options.notAttorney.label"),
            },
            { value: "attorney", label: msg("forms.i765.questions.preparerRole.options.attorney.label") },
          ],
        },
      ],
    },
  ],
  documents: [
    {
      id: "photo",
      label: msg("forms.i765.documents.photo.label"),
      hint: msg("forms.i765.documents.photo.hint"),
      maxFiles: 1,
    },
    {
      id: "identity",
      label: msg("forms.i765.documents.identity.label"),
      hint: msg("forms.i765.documents.identity.hint"),
    },
    { id: "i94", label: msg("forms.i765.documents.i94.label"), showIf: (answers) => text(answers, "i94Number") !== "", maxFiles: 2 },
    {
      id: "previous-card",
      label: msg("forms.i765.documents.previousCard.label"),
      hint: msg("forms.i765.documents.previousCard.hint"),
      showIf: isRenewalOrReplacement,
      required: (answers) => !["lost", "stolen"].includes(text(answers, "replacementReason")),
      maxFiles: 2,
    },
    {
      id: "evidence-refugee-asylee",
      label: msg("forms.i765.documents.evidenceRefugeeAsylee.label"),
      hint: msg("forms.i765.documents.evidenceRefugeeAsylee.hint"),
      showIf: answerIs("category", "a3", "a5"),
    },
    { id: "evidence-tps", label: msg("forms.i765.documents.evidenceTps.label"), showIf: answerIs("category", "a12") },
    { id: "evidence-student", label: msg("forms.i765.documents.evidenceStudent.label"), showIf: isStudent },
    { id: "evidence-stem-degree", label: msg("forms.i765.documents.evidenceStemDegree.label"), showIf: answerIs("category", "c3C") },
    { id: "evidence-asylum", label: msg("forms.i765.documents.evidenceAsylum.label"), showIf: answerIs("category", "c8") },
    {
      id: "evidence-court-records",
      label: msg("forms.i765.documents.evidenceCourtRecords.label"),
      showIf: (answers) => text(answers, "category") === "c8" && text(answers, "everArrested") === YES,
      maxFiles: 10,
    },
    { id: "evidence-i485", label: msg("forms.i765.documents.evidenceI485.label"), showIf: answerIs("category", "c9") },
    {
      id: "other",
      label: msg("forms.i765.documents.other.label"),
      hint: msg("forms.i765.documents.other.hint"),
      required: false,
      maxFiles: 10,
    },
  ],
  fee: i765Fee,
  signerName: (answers) => joinName(text(answers, "givenName"), text(answers, "middleName"), text(answers, "familyName")),
  certification: msg("forms.i765.certification"),
  pdf: [
    { title: msg("forms.i765.pdf.part1.title"), questionIds: ["reason", "replacementReason", "previousCardFrom", "previousCardUntil"] },
    {
      title: msg("forms.i765.pdf.part2.title"),
      questionIds: [
        "familyName",
        "givenName",
        "middleName",
        "otherNamesUsed",
        "otherName1FamilyName",
        "otherName1GivenName",
        "otherName1MiddleName",
        "otherName2FamilyName",
        "otherName2GivenName",
        "otherName2MiddleName",
        ...addressIds("mailing", true),
        "mailingIsPhysical",
        ...addressIds("physical"),
        "aNumber",
        "accountNumber",
        "sex",
        "maritalStatus",
        "ssnIssued",
        "ssn",
        "wantsSsnCard",
        "ssnConsent",
        "fatherFamilyName",
        "fatherGivenName",
        "fatherMiddleName",
        "motherFamilyName",
        "motherGivenName",
        "motherMiddleName",
        "citizenship1",
        "citizenship2",
        "birthCity",
        "birthProvince",
        "birthCountry",
        "dateOfBirth",
        "i94Number",
        "passportNumber",
        "travelDocumentNumber",
        "passportCountry",
        "passportExpires",
        "lastArrivalDate",
        "lastArrivalPlace",
        "statusAtArrival",
        "currentStatus",
        "category",
        "i485ReceiptNumber",
        "i485FiledOn",
        "sevisNumber",
        "stemDegree",
        "employerName",
        "everifyCompanyId",
        "everifyClientId",
        "everArrested",
        "arrestDetails",
      ],
    },
    {
      title: msg("forms.i765.pdf.part3.title"),
      questionIds: ["applicantStatement", "usedPreparer", "daytimePhone", "mobilePhone", "email"],
    },
    {
      title: msg("forms.i765.pdf.part4.title"),
      questionIds: [
        "interpreterFamilyName",
        "interpreterGivenName",
        "interpreterOrganization",
        "interpreterLanguage",
        "interpreterPhone",
        "interpreterEmail",
      ],
    },
    {
      title: msg("forms.i765.pdf.part5.title"),
      questionIds: ["preparerFamilyName", "preparerGivenName", "preparerOrganization", "preparerPhone", "preparerEmail", "preparerRole"],
    },
  ],
};
