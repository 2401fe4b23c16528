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

const NAME_LABELS = { family: "Family name (last name)", given: "Given name (first name)", middle: "Middle name" };
const PARENT_LABELS = (parent: string) => ({
  family: `${parent}'s family name at birth`,
  given: `${parent}'s given name`,
  middle: `${parent}'s middle name`,
});

export const I765_CATEGORIES: readonly Option[] = [
  { value: "a3", label: "(a)(3) Refugee", hint: "You were admitted to the United States as a refugee." },
  { value: "a5", label: "(a)(5) Asylee", hint: "You were granted asylum." },
  { value: "a12", label: "(a)(12) Temporary Protected Status (TPS)", hint: "Your TPS was granted." },
  { value: "c3A", label: "(c)(3)(A) Student: practical training before you finish your studies" },
  { value: "c3B", label: "(c)(3)(B) Student: practical training after you finish your studies" },
  { value: "c3C", label: "(c)(3)(C) Student: 24-month STEM extension of practical training" },
  { value: "c8", label: "(c)(8) Pending asylum application", hint: "You applied for asylum and the decision is pending." },
  {
    value: "c9",
    label: "(c)(9) Pending green card application (Form I-485)",
    hint: "You applied to adjust your status and the decision is pending.",
  },
];

const REASON_OPTIONS: readonly Option[] = [
  { value: "initial", label: "I am asking for my first work permit card" },
  { value: "replacement", label: "I need to replace my card", hint: "It was lost, stolen or damaged, or my details have changed." },
  { value: "renewal", label: "I need to renew my card", hint: "You can renew up to 180 days before your card expires." },
];

const isRenewalOrReplacement = answerIs("reason", "renewal", "replacement");
const isStudent = answerIs("category", "c3A", "c3B", "c3C");

// The 2024 rule: an I-485 filed before this day paid a fee that also covered the I-765 (example; see fee-table.ts).
const I485_BUNDLED_FEE_UNTIL = "2024-04-01";

/**
 * The fee for these answers: which row of the fee table applies, and why, in words. The exemptions are
 * EXAMPLES that follow the shape of the published rules (a first card for refugees, asylees and asylum
 * applicants; (c)(9) covered by an I-485 fee paid before the 2024 schedule), not a complete or
 * authoritative list: check the official fee schedule before real use.
 */
function i765Fee(answers: Answers, on: Date): Fee {
  const category = text(answers, "category");
  const initial = text(answers, "reason") === "initial";
  if (initial && (category === "a3" || category === "a5")) {
    return feeFor("I-765", "exempt-refugee-asylee-initial", on, "No fee: a first card for a refugee or an asylee.");
  }
  if (initial && category === "c8") {
    return feeFor("I-765", "exempt-asylum-initial", on, "No fee: a first card while your asylum application is pending.");
  }
  const filed = text(answers, "i485FiledOn");
  if (category === "c9" && filed !== "" && filed < I485_BUNDLED_FEE_UNTIL) {
    return feeFor(
      "I-765",
      "exempt-c9-covered-by-i485",
      on,
      "No fee: the fee you paid for your Form I-485 before April 1, 2024 covers this card.",
    );
  }
  return feeFor("I-765", "standard", on, "The standard fee for this application.");
}

const DAY = 86_400_000;

export const I765: FormDefinition = {
  id: "I-765",
  title: "Application for Employment Authorization",
  purpose: "Ask for a work permit card (Employment Authorization Document), or renew or replace the one you have.",
  whoMayFile:
    "People in the United States whose situation allows them to work with a card: for example a pending green card or asylum application, refugees and asylees, TPS, and students on practical training.",
  minutes: 45,
  haveReady: [
    "Your passport and your I-94 arrival record",
    "Your current or previous work permit card, if you have one",
    "The receipt notice or other evidence for your category",
    "A recent passport-style photo",
  ],
  outcome: "case",
  sections: [
    { id: "application", title: "About your application" },
    { id: "about-you", title: "About you" },
    { id: "arrival", title: "Your last arrival" },
    { id: "eligibility", title: "Your eligibility category" },
    { id: "statement", title: "Contact details and statement" },
  ],
  pages: [
    {
      id: "reason",
      section: "application",
      title: "Why are you applying?",
      questions: [{ id: "reason", kind: "radio", label: "Why are you applying?", options: REASON_OPTIONS }],
    },
    {
      id: "replacement-reason",
      section: "application",
      title: "Why do you need a new card?",
      showIf: answerIs("reason", "replacement"),
      questions: [
        {
          id: "replacementReason",
          kind: "radio",
          label: "Why do you need a new card?",
          options: [
            { value: "lost", label: "It was lost" },
            { value: "stolen", label: "It was stolen" },
            { value: "damaged", label: "It is damaged" },
            { value: "changed", label: "My details have changed", hint: "For example your legal name." },
          ],
        },
      ],
    },
    {
      id: "previous-card",
      section: "application",
      title: "Your previous work permit card",
      intro: 'The dates are printed on the front of the card: "Card valid from" and "Card expires".',
      showIf: isRenewalOrReplacement,
      questions: [
        { id: "previousCardFrom", kind: "date", label: "Date the card became valid", hint: "For example, 15 6 2024." },
        { id: "previousCardUntil", kind: "date", label: "Date the card expires", hint: "For example, 14 6 2026." },
      ],
      check: (answers, now) =>
        brokenRules([
          [isFuture(answers, "previousCardFrom", now), "previousCardFrom", "The date the card became valid must be today or in the past."],
          [
            isBefore(answers, "previousCardUntil", "previousCardFrom"),
            "previousCardUntil",
            "The date the card expires must be after the date it became valid.",
          ],
          [
            text(answers, "reason") === "renewal" &&
              (dateOf(text(answers, "previousCardUntil"))?.getTime() ?? 0) > now.getTime() + 180 * DAY,
            "previousCardUntil",
            "You can renew your card up to 180 days before it expires. If it expires later than that, wait to apply.",
          ],
        ]),
    },
    {
      id: "name",
      section: "about-you",
      title: "What is your full legal name?",
      intro: "As it appears on your passport or other identity document.",
      questions: nameQuestions("", NAME_LABELS),
    },
    {
      id: "other-names",
      section: "about-you",
      title: "Have you used any other names?",
      questions: [
        {
          id: "otherNamesUsed",
          kind: "radio",
          label: "Have you used any other names?",
          hint: "For example a name before marriage, an alias or a different spelling.",
          options: YES_NO,
        },
      ],
    },
    {
      id: "other-names-list",
      section: "about-you",
      title: "Other names you have used",
      intro: "Give up to two other names. If you have used more, give them in a letter with your documents.",
      showIf: answerIs("otherNamesUsed", YES),
      questions: [
        ...nameQuestions("otherName1", {
          family: "First other name: family name",
          given: "First other name: given name",
          middle: "First other name: middle name",
        }),
        ...nameQuestions(
          "otherName2",
          { family: "Second other name: family name", given: "Second other name: given name", middle: "Second other name: middle name" },
          { required: false },
        ),
      ],
      check: (answers) =>
        brokenRules([
          [
            text(answers, "otherName2GivenName") !== "" && text(answers, "otherName2FamilyName") === "",
            "otherName2FamilyName",
            "Enter the family name of the second other name, or leave all its boxes empty.",
          ],
          [
            (text(answers, "otherName2FamilyName") !== "" || text(answers, "otherName2MiddleName") !== "") &&
              text(answers, "otherName2GivenName") === "",
            "otherName2GivenName",
            "Enter the given name of the second other name, or leave all its boxes empty.",
          ],
        ]),
    },
    {
      id: "mailing-address",
      section: "about-you",
      title: "Your U.S. mailing address",
      intro: "Where we will send your card and your letters.",
      questions: [
        ...addressQuestions("mailing", { ...ADDRESS_LABELS, inCareOf: "In care of name (if any)" }, "shipping"),
        { id: "mailingIsPhysical", kind: "radio", label: "Is this also the address where you live?", options: YES_NO },
      ],
    },
    {
      id: "physical-address",
      section: "about-you",
      title: "The address where you live",
      showIf: answerIs("mailingIsPhysical", NO),
      questions: addressQuestions("physical"),
    },
    {
      id: "numbers",
      section: "about-you",
      title: "Your A-Number and online account number",
      intro: "Leave a box empty if you do not have that number.",
      questions: [
        {
          id: "aNumber",
          kind: "a-number",
          label: "A-Number (if any)",
          hint: "Your Alien Registration Number: A followed by 8 or 9 digits.",
          required: false,
          width: 12,
        },
        {
          id: "accountNumber",
          kind: "text",
          label: "Online account number (if any)",
          hint: "12 digits. It is on notices of applications you filed online.",
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
            "The online account number has 12 digits, like 0123 4567 8901.",
          ],
        ]),
    },
    {
      id: "personal",
      section: "about-you",
      title: "About you",
      questions: [
        {
          id: "sex",
          kind: "radio",
          label: "Sex",
          options: [
            { value: "female", label: "Female" },
            { value: "male", label: "Male" },
          ],
        },
        {
          id: "maritalStatus",
          kind: "radio",
          label: "Marital status",
          options: [
            { value: "single", label: "Single" },
            { value: "married", label: "Married" },
            { value: "divorced", label: "Divorced" },
            { value: "widowed", label: "Widowed" },
          ],
        },
      ],
    },
    {
      id: "birth",
      section: "about-you",
      title: "Your date and place of birth",
      questions: [
        { id: "dateOfBirth", kind: "date", label: "Date of birth", hint: "For example, 27 3 1990." },
        { id: "birthCity", kind: "text", label: "City or town of birth", maxLength: 60 },
        { id: "birthProvince", kind: "text", label: "State or province of birth (if any)", required: false, maxLength: 60 },
        { id: "birthCountry", kind: "country", label: "Country of birth" },
      ],
      check: (answers, now) =>
        brokenRules([[isFuture(answers, "dateOfBirth", now), "dateOfBirth", "Your date of birth must be in the past."]]),
    },
    {
      id: "citizenship",
      section: "about-you",
      title: "Your citizenship or nationality",
      questions: [
        { id: "citizenship1", kind: "country", label: "Country of citizenship or nationality" },
        { id: "citizenship2", kind: "country", label: "Second country of citizenship (if any)", required: false },
      ],
      check: (answers) =>
        brokenRules([
          [
            text(answers, "citizenship2") !== "" && text(answers, "citizenship2") === text(answers, "citizenship1"),
            "citizenship2",
            "Choose a different second country, or leave it empty.",
          ],
        ]),
    },
    {
      id: "ssn-issued",
      section: "about-you",
      title: "Has the Social Security Administration ever issued you a Social Security card?",
      questions: [
        {
          id: "ssnIssued",
          kind: "radio",
          label: "Has the Social Security Administration ever issued you a Social Security card?",
          options: YES_NO,
        },
      ],
    },
    {
      id: "ssn",
      section: "about-you",
      title: "What is your Social Security number?",
      showIf: answerIs("ssnIssued", YES),
      questions: [{ id: "ssn", kind: "ssn", label: "Social Security number", hint: "9 digits, like 123-45-6789.", width: 12 }],
    },
    {
      id: "ssn-card",
      section: "about-you",
      title: "Do you want a Social Security card?",
      intro:
        "We can share your details with the Social Security Administration so it issues you a card, or a new one, without a separate application.",
      questions: [
        {
          id: "wantsSsnCard",
          kind: "radio",
          label: "Do you want the Social Security Administration to issue you a card?",
          options: YES_NO,
        },
      ],
    },
    {
      id: "ssn-consent",
      section: "about-you",
      title: "Sharing your details with the Social Security Administration",
      showIf: answerIs("wantsSsnCard", YES),
      questions: [
        {
          id: "ssnConsent",
          kind: "radio",
          label:
            "Do you agree that we share the information in this application with the Social Security Administration, to issue you a card and a number?",
          options: YES_NO,
        },
        ...nameQuestions("father", PARENT_LABELS("Your father")),
        ...nameQuestions("mother", PARENT_LABELS("Your mother")),
      ],
      check: (answers) =>
        brokenRules([
          [
            text(answers, "ssnConsent") === NO,
            "ssnConsent",
            "The Social Security Administration can only issue a card if you agree. Choose Yes, or go back and answer No to wanting a card.",
          ],
        ]),
    },
    {
      id: "arrival",
      section: "arrival",
      title: "Your last arrival in the United States",
      questions: [
        { id: "lastArrivalDate", kind: "date", label: "Date of your last arrival", hint: "For example, 3 9 2021." },
        {
          id: "lastArrivalPlace",
          kind: "text",
          label: "Place of your last arrival",
          hint: "The city and state, or the airport or border crossing.",
          maxLength: 80,
        },
        {
          id: "statusAtArrival",
          kind: "text",
          label: "Your immigration status when you last arrived",
          hint: "For example B-2 visitor, F-1 student, refugee or parolee.",
          maxLength: 60,
        },
        {
          id: "currentStatus",
          kind: "text",
          label: "Your current immigration status",
          hint: "For example F-1 student or asylum applicant.",
          maxLength: 60,
        },
      ],
      check: (answers, now) =>
        brokenRules([
          [isFuture(answers, "lastArrivalDate", now), "lastArrivalDate", "The date of your last arrival must be today or in the past."],
          [
            isBefore(answers, "lastArrivalDate", "dateOfBirth"),
            "lastArrivalDate",
            "The date of your last arrival must be after your date of birth.",
          ],
        ]),
    },
    {
      id: "travel-documents",
      section: "arrival",
      title: "Your I-94 record and passport",
      intro: "Use the details of the document you used for your last arrival. Leave a box empty if you did not have that document.",
      questions: [
        {
          id: "i94Number",
          kind: "i94",
          label: "I-94 arrival/departure record number (if any)",
          hint: "11 characters, on your I-94 record.",
          required: false,
          width: 12,
        },
        { id: "passportNumber", kind: "text", label: "Passport number (if any)", required: false, maxLength: 20, width: 16 },
        { id: "travelDocumentNumber", kind: "text", label: "Travel document number (if any)", required: false, maxLength: 20, width: 16 },
        {
          id: "passportCountry",
          kind: "country",
          label: "Country that issued your passport or travel document",
          required: (answers) => text(answers, "passportNumber") !== "" || text(answers, "travelDocumentNumber") !== "",
        },
        {
          id: "passportExpires",
          kind: "date",
          label: "Expiry date of your passport or travel document",
          required: (answers) => text(answers, "passportNumber") !== "" || text(answers, "travelDocumentNumber") !== "",
        },
      ],
      check: (answers) =>
        brokenRules([
          [isBefore(answers, "passportExpires", "dateOfBirth"), "passportExpires", "The expiry date must be after your date of birth."],
        ]),
    },
    {
      id: "category",
      section: "eligibility",
      title: "Your eligibility category",
      intro: "The category is the reason the law allows you to work. It decides the documents you need and the fee.",
      questions: [{ id: "category", kind: "radio", label: "Which category are you applying under?", options: I765_CATEGORIES }],
    },
    {
      id: "category-c9",
      section: "eligibility",
      title: "Your pending green card application",
      showIf: answerIs("category", "c9"),
      questions: [
        {
          id: "i485ReceiptNumber",
          kind: "receipt-number",
          label: "Receipt number of your Form I-485",
          hint: "13 characters, on the receipt notice, like IOE0912345678.",
          width: 16,
        },
        { id: "i485FiledOn", kind: "date", label: "Date you filed your Form I-485", hint: "The received date on the receipt notice." },
      ],
      check: (answers, now) =>
        brokenRules([[isFuture(answers, "i485FiledOn", now), "i485FiledOn", "The date you filed must be today or in the past."]]),
    },
    {
      id: "category-student",
      section: "eligibility",
      title: "Your student record",
      showIf: isStudent,
      questions: [
        {
          id: "sevisNumber",
          kind: "text",
          label: "SEVIS number",
          hint: "N followed by 10 digits, on your Form I-20.",
          maxLength: 15,
          width: 14,
        },
      ],
      check: (answers) =>
        brokenRules([
          [
            !/^N\d{10}$/i.test(text(answers, "sevisNumber")),
            "sevisNumber",
            "The SEVIS number is N followed by 10 digits, like N0012345678.",
          ],
        ]),
    },
    {
      id: "category-c3c",
      section: "eligibility",
      title: "Your STEM degree and employer",
      showIf: answerIs("category", "c3C"),
      questions: [
        {
          id: "stemDegree",
          kind: "text",
          label: "Your degree",
          hint: "For example Master of Science in Computer Science.",
          maxLength: 100,
        },
        { id: "employerName", kind: "text", label: "Your employer's name, as listed in E-Verify", maxLength: 100 },
        {
          id: "everifyCompanyId",
          kind: "text",
          label: "Your employer's E-Verify company identification number",
          hint: "Leave this empty if your employer gave you an E-Verify client company identification number instead.",
          required: false,
          maxLength: 10,
          width: 10,
        },
        {
          id: "everifyClientId",
          kind: "text",
          label: "E-Verify client company identification number",
          hint: "Only if your employer uses an E-Verify employer agent.",
          required: false,
          maxLength: 10,
          width: 10,
        },
      ],
      check: (answers) => {
        const company = text(answers, "everifyCompanyId");
        const client = text(answers, "everifyClientId");
        return brokenRules([
          [
            company === "" && client === "",
            "everifyCompanyId",
            "Enter your employer's E-Verify company identification number, or the client company number.",
          ],
          [
            company !== "" && !/^\d{4,8}$/.test(company),
            "everifyCompanyId",
            "The E-Verify company identification number has 4 to 8 digits.",
          ],
          [
            client !== "" && !/^\d{4,8}$/.test(client),
            "everifyClientId",
            "The E-Verify client company identification number has 4 to 8 digits.",
          ],
        ]);
      },
    },
    {
      id: "category-c8",
      section: "eligibility",
      title: "Have you ever been arrested for or convicted of any crime?",
      showIf: answerIs("category", "c8"),
      questions: [
        {
          id: "everArrested",
          kind: "radio",
          label: "Have you ever been arrested for or convicted of any crime, anywhere in the world?",
          hint: "Answer Yes even if the record was cleared or sealed.",
          options: YES_NO,
        },
      ],
    },
    {
      id: "category-c8-arrests",
      section: "eligibility",
      title: "Your arrests or convictions",
      intro: "You will also need to upload the court record of each one.",
      showIf: (answers) => text(answers, "category") === "c8" && text(answers, "everArrested") === YES,
      questions: [
        {
          id: "arrestDetails",
          kind: "textarea",
          label: "For each arrest or conviction: when and where, the charge, and what happened",
          maxLength: 2000,
        },
      ],
    },
    {
      id: "contact",
      section: "statement",
      title: "Your contact details",
      questions: [
        {
          id: "daytimePhone",
          kind: "phone",
          label: "Daytime phone number",
          hint: "For example (202) 555-0143.",
          autocomplete: "tel",
          width: 20,
        },
        { id: "mobilePhone", kind: "phone", label: "Mobile phone number (if any)", required: false, width: 20 },
        { id: "email", kind: "email", label: "Email address (if any)", required: false, autocomplete: "email" },
      ],
    },
    {
      id: "statement",
      section: "statement",
      title: "Your statement",
      questions: [
        {
          id: "applicantStatement",
          kind: "radio",
          label: "How did you read this application?",
          options: [
            { value: "english", label: "I can read and understand English, and I have read and understood every question." },
            {
              value: "interpreter",
              label: "An interpreter read every question to me in a language I understand, and I understood everything.",
            },
          ],
        },
        { id: "usedPreparer", kind: "radio", label: "Did someone else prepare this application for you?", options: YES_NO },
      ],
    },
    {
      id: "interpreter",
      section: "statement",
      title: "Your interpreter",
      showIf: answerIs("applicantStatement", "interpreter"),
      questions: [
        ...nameQuestions("interpreter", {
          family: "Interpreter's family name",
          given: "Interpreter's given name",
          middle: "Interpreter's middle name",
        }).filter((question) => question.id !== "interpreterMiddleName"),
        { id: "interpreterOrganization", kind: "text", label: "Interpreter's organization (if any)", required: false },
        { id: "interpreterLanguage", kind: "text", label: "Language used", maxLength: 60 },
        { id: "interpreterPhone", kind: "phone", label: "Interpreter's daytime phone number", width: 20 },
        { id: "interpreterEmail", kind: "email", label: "Interpreter's email address (if any)", required: false },
      ],
    },
    {
      id: "preparer",
      section: "statement",
      title: "The person who prepared this application",
      showIf: answerIs("usedPreparer", YES),
      questions: [
        ...nameQuestions("preparer", {
          family: "Preparer's family name",
          given: "Preparer's given name",
          middle: "Preparer's middle name",
        }).filter((question) => question.id !== "preparerMiddleName"),
        { id: "preparerOrganization", kind: "text", label: "Preparer's organization (if any)", required: false },
        { id: "preparerPhone", kind: "phone", label: "Preparer's daytime phone number", width: 20 },
        { id: "preparerEmail", kind: "email", label: "Preparer's email address (if any)", required: false },
        {
          id: "preparerRole",
          kind: "radio",
          label: "Which describes the preparer?",
          options: [
            {
              value: "not-attorney",
              label: "Not an attorney or accredited representative, who prepared it at my request and with my consent",
            },
            { value: "attorney", label: "An attorney or accredited representative" },
          ],
        },
      ],
    },
  ],
  documents: [
    {
      id: "photo",
      label: "A recent passport-style photo",
      hint: "In color, taken in the last 30 days, with your full face showing against a white background.",
      maxFiles: 1,
    },
    {
      id: "identity",
      label: "Your passport or another government identity document with your photo",
      hint: "The pages with your photo and details.",
    },
    { id: "i94", label: "Your I-94 arrival/departure record", showIf: (answers) => text(answers, "i94Number") !== "", maxFiles: 2 },
    {
      id: "previous-card",
      label: "Your previous work permit card, front and back",
      hint: "If your card was lost or stolen, you can skip this.",
      showIf: isRenewalOrReplacement,
      required: (answers) => !["lost", "stolen"].includes(text(answers, "replacementReason")),
      maxFiles: 2,
    },
    {
      id: "evidence-refugee-asylee",
      label: "Evidence of your refugee or asylee status",
      hint: "For example your I-94 showing refugee admission, or the letter granting you asylum.",
      showIf: answerIs("category", "a3", "a5"),
    },
    { id: "evidence-tps", label: "The approval notice of your Temporary Protected Status", showIf: answerIs("category", "a12") },
    { id: "evidence-student", label: "Your Form I-20, endorsed by your school's official for practical training", showIf: isStudent },
    { id: "evidence-stem-degree", label: "Your STEM degree (diploma or transcript)", showIf: answerIs("category", "c3C") },
    { id: "evidence-asylum", label: "The receipt notice of your asylum application (Form I-589)", showIf: answerIs("category", "c8") },
    {
      id: "evidence-court-records",
      label: "The court record of each arrest or conviction",
      showIf: (answers) => text(answers, "category") === "c8" && text(answers, "everArrested") === YES,
      maxFiles: 10,
    },
    { id: "evidence-i485", label: "The receipt notice of your Form I-485", showIf: answerIs("category", "c9") },
    {
      id: "other",
      label: "Anything else you want us to see",
      hint: "For example a letter explaining your situation.",
      required: false,
      maxFiles: 10,
    },
  ],
  fee: i765Fee,
  signerName: (answers) => joinName(text(answers, "givenName"), text(answers, "middleName"), text(answers, "familyName")),
  certification:
    "I certify, under penalty of perjury, that I provided or authorized all of the information in this application and the documents submitted with it, that I have reviewed and understand it, and that it is complete, true and correct. I authorize the release of any information from my records that is needed to decide this application.",
  pdf: [
    { title: "Part 1. Reason for applying", questionIds: ["reason", "replacementReason", "previousCardFrom", "previousCardUntil"] },
    {
      title: "Part 2. Information about you",
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
      title: "Part 3. Applicant's statement and contact information",
      questionIds: ["applicantStatement", "usedPreparer", "daytimePhone", "mobilePhone", "email"],
    },
    {
      title: "Part 4. Interpreter's contact information",
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
      title: "Part 5. Preparer's contact information",
      questionIds: ["preparerFamilyName", "preparerGivenName", "preparerOrganization", "preparerPhone", "preparerEmail", "preparerRole"],
    },
  ],
};
