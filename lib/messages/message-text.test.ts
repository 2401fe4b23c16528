import { describe, expect, it } from "vitest";
import { isChosenFile } from "@/lib/actions/form-input";
import { readerFor } from "@/lib/i18n/translator";
import { attachmentsProblem, MESSAGE_TEXT } from "./message-rules";
import { zBody, zSubject } from "./message-text";

const parse = (schema: typeof zSubject, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: result.error.issues[0].message };
};
const parseSubject = (value: unknown) => parse(zSubject, value);
const parseBody = (value: unknown) => parse(zBody, value);

describe("message text", () => {
  it("trims, joins a subject onto one line and keeps a body's line breaks", () => {
    expect(parseSubject("  About\n my   case ")).toEqual({ ok: true, value: "About my case" });
    expect(parseBody("  one\r\ntwo\rthree  ")).toEqual({ ok: true, value: "one\ntwo\nthree" });
  });

  it("keeps markup as the text it is", () => {
    expect(parseBody("<b>hi</b> & <script>x</script>")).toEqual({ ok: true, value: "<b>hi</b> & <script>x</script>" });
  });

  it("counts characters, not UTF-16 units, against the limits", () => {
    expect(parseSubject("é".repeat(120))).toMatchObject({ ok: true });
    expect(parseSubject("😀".repeat(120))).toMatchObject({ ok: true });
    expect(parseSubject("😀".repeat(121))).toEqual({ ok: false, error: MESSAGE_TEXT.subjectTooLong });
    expect(parseBody("😀".repeat(5000))).toMatchObject({ ok: true });
    expect(
      (({ ok, error }) => ({ ok, error: readerFor("en", "UTC").text(error ?? "") }))(
        parseBody("😀".repeat(5001)) as { ok: boolean; error?: string },
      ),
    ).toEqual({ ok: false, error: "Your message must be 5,000 characters or fewer. It has 5,001." });
  });

  it("refuses what is not text or is only spaces", () => {
    for (const value of [undefined, null, 42, "   ", "\n\t"]) {
      expect(parseSubject(value)).toEqual({ ok: false, error: MESSAGE_TEXT.subjectMissing });
      expect(parseBody(value)).toEqual({ ok: false, error: MESSAGE_TEXT.bodyMissing });
    }
  });
});

describe("attachmentsProblem (checked in the browser before sending)", () => {
  const mb = 1024 * 1024;
  it("ignores the empty part of an unused file chooser and allows five files up to 10 MB in total", () => {
    expect(attachmentsProblem([new File([], "")].filter(isChosenFile))).toBeNull();
    expect(attachmentsProblem(Array.from({ length: 5 }, (_, i) => ({ name: `${i}.pdf`, size: 2 * mb })))).toBeNull();
  });

  it("refuses a sixth file, a file over 10 MB and more than 10 MB together", () => {
    expect(attachmentsProblem(Array.from({ length: 6 }, (_, i) => ({ name: `${i}.pdf`, size: 1 })))).toBe(MESSAGE_TEXT.tooManyFiles);
    expect(
      attachmentsProblem([
        { name: "a.pdf", size: 6 * mb },
        { name: "b.pdf", size: 5 * mb },
      ]),
    ).toBe(MESSAGE_TEXT.tooLargeInTotal(11 * mb));
    expect(readerFor("en", "UTC").text(attachmentsProblem([{ name: "big.pdf", size: 10 * mb + 1 }]) ?? "")).toBe(
      "big.pdf: The selected file must be 10 MB or smaller. This file is 10.1 MB.",
    );
  });
});
