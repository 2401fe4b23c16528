import { describe, expect, it } from "vitest";
import { BODY_SIZE_LIMIT_BYTES } from "../http/body-size-limit.mjs";
import { MAX_ECHOED_LENGTH } from "./form-fields";
import { echoedValues, formFields, freeText, isChosenFile, zChosenFiles, zFreeText } from "./form-input";

const emptyFilePart = () => new File([], "", { type: "application/octet-stream" });

describe("form fields", () => {
  it("reads a name sent once as its value and a name sent several times as a list", () => {
    const form = new FormData();
    form.append("email", "ana@example.com");
    form.append("questions", "1");
    form.append("questions", "4");
    expect(formFields(form)).toEqual({ email: "ana@example.com", questions: ["1", "4"] });
  });

  it("leaves out the empty part of a file input with nothing chosen, and React's own fields", () => {
    const form = new FormData();
    form.append("files", emptyFilePart());
    form.append("$ACTION_ID_abc", "");
    form.append("body", "Hello");
    expect(formFields(form)).toEqual({ body: "Hello" });
  });

  it("keeps chosen files, one or several", () => {
    const form = new FormData();
    const scan = new File(["%PDF-1.7"], "scan.pdf", { type: "application/pdf" });
    form.append("files", scan);
    form.append("files", emptyFilePart());
    expect(formFields(form).files).toBeInstanceOf(File);
    expect(zChosenFiles.parse(formFields(form).files)).toHaveLength(1);
    expect(zChosenFiles.parse(undefined)).toEqual([]);
  });
});

describe("a chosen file", () => {
  it("is any file with a name or bytes, never text or the empty part", () => {
    expect(isChosenFile(new File(["x"], "a.txt"))).toBe(true);
    expect(isChosenFile(new File([], "empty.txt"))).toBe(true);
    expect(isChosenFile(emptyFilePart())).toBe(false);
    expect(isChosenFile("scan.pdf")).toBe(false);
    expect(zChosenFiles.safeParse("scan.pdf").success).toBe(false);
  });
});

describe("values shown again after a refusal", () => {
  it("gives back what was typed, but never passwords, codes, answers or tokens", () => {
    expect(
      echoedValues({
        email: "ana@example.com",
        password: "Quiet-Harbor-2026!",
        confirmPassword: "x",
        code: "123456",
        answer1: "Rex",
        token: "t",
        pow: "p",
        files: new File(["x"], "a.txt"),
      }),
    ).toEqual({ email: "ana@example.com" });
  });

  it("gives back a pasted text far longer than its field's limit whole", () => {
    const letter = "Dear officer,\r\n" + "I am writing about my appointment. 😀 ".repeat(1_500);
    expect(letter.length).toBeGreaterThan(50_000);
    expect(echoedValues({ body: letter }).body).toBe(letter);
  });

  it("cuts a value far longer than anyone would type to a bounded length", () => {
    expect(echoedValues({ email: "a".repeat(1_000_000) }).email).toHaveLength(MAX_ECHOED_LENGTH);
    expect(MAX_ECHOED_LENGTH).toBeLessThan(BODY_SIZE_LIMIT_BYTES / 10);
  });
});

describe("a free-text field", () => {
  const note = zFreeText({ max: 10, tooLong: "Too long.", required: "Enter a note." });
  const issues = (value: unknown) => {
    const parsed = note.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  };

  it("makes a NUL a space, line breaks one kind, and trims", () => {
    expect(freeText("  a\u0000b\r\nc\rd  ")).toBe("a b\nc\nd");
    expect(note.parse("Wed\u0000Fri")).toBe("Wed Fri");
    expect(freeText(" Ana\u0000\t \n Diaz ", { oneLine: true })).toBe("Ana Diaz");
    expect(issues("\u0000 \r\n")).toEqual(["Enter a note."]);
    expect(issues(undefined)).toEqual(["Enter a note."]);
  });

  it("counts a line break the browser sent as \\r\\n once, and characters rather than UTF-16 units", () => {
    expect(note.parse("a\r\nb\r\nc\r\nd\r\ne\r\n")).toBe("a\nb\nc\nd\ne");
    expect(note.parse("1234\r\n6789\r\n")).toBe("1234\n6789");
    expect(note.parse("12345\r\n7890")).toBe("12345\n7890");
    expect(note.parse("😀".repeat(10))).toBe("😀".repeat(10));
  });

  it("accepts exactly the limit and refuses one more", () => {
    expect(note.parse("x".repeat(10))).toBe("x".repeat(10));
    expect(issues("x".repeat(11))).toEqual(["Too long."]);
    expect(issues("12345\r\n78901")).toEqual(["Too long."]);
  });

  it("may be left empty when nothing is required", () => {
    expect(zFreeText({ max: 10, tooLong: "Too long." }).parse("  ")).toBe("");
  });
});
