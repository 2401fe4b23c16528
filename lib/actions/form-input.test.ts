import { describe, expect, it } from "vitest";
import { echoedValues, formFields, isChosenFile, zChosenFiles } from "./form-input";

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

  it("cuts a value far longer than any field to a bounded length", () => {
    expect(echoedValues({ email: "a".repeat(1_000_000) }).email).toHaveLength(10_000);
  });
});
