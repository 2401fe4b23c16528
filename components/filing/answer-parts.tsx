import Link from "next/link";
import { getT } from "@/lib/i18n/request";
import type { AnswerPart } from "@/lib/filing/engine/answers-by-part";
import { fieldAnchor } from "@/lib/filing/engine/field-anchor";

type Parts = AnswerPart[];

/**
 * Every answer of a form, part by part: with a Change link per answer where the person may change
 * it (`changeBase`, the draft's pages), read-only otherwise (a client reviewing a form prepared for them).
 */
export async function AnswerParts({ parts, changeBase }: { parts: Parts; changeBase?: string }) {
  const t = await getT();
  return (
    <>
      {parts.map((part, index) => (
        <section key={`${part.title}-${index}`} aria-labelledby={`part-${index}`} className="mb-10 max-w-3xl">
          <h2 id={`part-${index}`}>{part.title}</h2>
          <dl className="m-0 border-t border-line" data-testid="answers">
            {part.rows.map((row) => (
              <div
                key={row.questionId}
                className={`grid gap-2 border-b border-line py-3 ${changeBase ? "sm:grid-cols-[2fr_3fr_max-content]" : "sm:grid-cols-[2fr_3fr]"}`}
                data-testid="answer-row"
              >
                <dt className="font-bold">{row.label}</dt>
                <dd className="m-0 break-words whitespace-pre-line">{row.value}</dd>
                {changeBase && (
                  <dd className="m-0">
                    <Link href={`${changeBase}/${row.pageId}?return=check#${fieldAnchor({ id: row.questionId, kind: row.kind })}`}>
                      {t("filing.change")}
                      <span className="sr-only"> {row.label}</span>
                    </Link>
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
