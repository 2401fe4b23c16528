import type { Answers, FormDefinition } from "../../definition";
import { nextPageId } from "../flow";
import { parsePage } from "../parse-page";
import { english } from "./english";

/**
 * Goes through a form as a person would: from the first page, sends each page's fields (by page id)
 * and follows nextPageId until the check page. Returns the answers and the pages visited; throws with
 * the errors when a page refuses.
 */
export function walk(
  def: FormDefinition,
  fieldsByPage: Record<string, Record<string, unknown>>,
  now: Date,
): { answers: Answers; visited: string[] } {
  let answers: Answers = {};
  const visited: string[] = [];
  let pageId = nextPageId(def, answers, "");
  while (pageId) {
    visited.push(pageId);
    const result = parsePage(def, pageId, fieldsByPage[pageId] ?? {}, answers, now);
    if (!result.ok) throw new Error(`${pageId}: ${JSON.stringify(english(result.errors))}`);
    answers = result.answers;
    pageId = nextPageId(def, answers, pageId);
  }
  return { answers, visited };
}
