import { env } from "../env";

// The Terms of Use. Bump TERMS_VERSION whenever the text changes; the accepted version is stored.
export const TERMS_VERSION = "2026-11-01";

export function termsOfUse(): { heading: string; paragraphs: string[] }[] {
  const agency = env().AGENCY_NAME;
  return [
    {
      heading: "About this portal",
      paragraphs: [
        `This is an independent applicant portal operated for ${agency}. It is not an official government website and does not speak for any government agency.`,
        "You may use it to follow your cases, read notices, respond to requests for evidence and send secure messages about your cases.",
      ],
    },
    {
      heading: "Your account",
      paragraphs: [
        "Your account is for you alone. Do not share your password, verification codes or backup code with anyone, including people who say they work for the agency: the agency will never ask for them.",
        "You are responsible for the accuracy of the information you give. Providing false information may have consequences under the law that applies to your case.",
        "Keep your email address and phone number current so that you receive verification codes and alerts.",
      ],
    },
    {
      heading: "Privacy and monitoring",
      paragraphs: [
        "We keep records of sign-ins and security changes (time, device and network address) to protect your account. You can see them in your account settings.",
        "The information you provide is used to administer your cases and to protect the security of the portal. Use of this system may be monitored and recorded; unauthorized attempts to access accounts or change information are prohibited.",
      ],
    },
    {
      heading: "Availability",
      paragraphs: [
        "The portal may be unavailable at times for maintenance. Deadlines in your notices still apply; if you cannot respond online, follow the instructions in the notice.",
      ],
    },
  ];
}
