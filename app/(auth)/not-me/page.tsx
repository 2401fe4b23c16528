import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LinkProblem } from "@/components/ui/link-problem";
import { NotMeForm } from "./not-me-form";
import { getT } from "@/lib/i18n/request";
import type { Translate } from "@/lib/i18n/translator";
import { inspectNotMeLink } from "@/lib/recovery/report-not-me";
import { tokenFrom, type LinkState } from "@/lib/recovery/reset-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("passwordReset.notMe.title") };
}

const PROBLEMS = ["expired", "used", "unknown"] as const;
type Problem = (typeof PROBLEMS)[number];

function problemText(t: Translate, problem: Problem): { heading: string; text: string } {
  switch (problem) {
    case "expired":
      return { heading: t("passwordReset.notMe.expiredHeading"), text: t("passwordReset.notMe.expiredText") };
    case "used":
      return { heading: t("passwordReset.notMe.usedHeading"), text: t("passwordReset.notMe.usedText") };
    default:
      return { heading: t("passwordReset.notMe.unknownHeading"), text: t("passwordReset.notMe.unknownText") };
  }
}

export default async function NotMePage({ searchParams }: { searchParams: Promise<{ token?: string; state?: string }> }) {
  const params = await searchParams;
  const t = await getT();
  const token = tokenFrom(params.token);
  const state: LinkState = token
    ? await inspectNotMeLink(token)
    : (PROBLEMS as readonly string[]).includes(params.state ?? "")
      ? (params.state as LinkState)
      : "unknown";

  if (state === "valid") {
    return (
      <>
        <h1>{t("passwordReset.notMe.heading")}</h1>
        <p>{t("passwordReset.notMe.intro")}</p>
        <ul className="mb-6 list-disc pl-6">
          <li>{t("passwordReset.notMe.signOutAll")}</li>
          <li>{t("passwordReset.notMe.lockPassword")}</li>
        </ul>
        <p>{t("passwordReset.notMe.then")}</p>
        <ClientMessages namespaces={["passwordReset"]}>
          <NotMeForm token={token} />
        </ClientMessages>
      </>
    );
  }
  return (
    <LinkProblem {...problemText(t, state)}>
      <li>
        <Link href="/forgot-password">{t("passwordReset.notMe.reset")}</Link>
      </li>
    </LinkProblem>
  );
}
