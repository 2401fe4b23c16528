import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { describeDocument } from "./describe-document";

describe("describeDocument", () => {
  it("names the kind in the reader's language", () => {
    const jpeg = { contentType: "image/jpeg", size: 2_400_000 };
    expect(describeDocument(jpeg, readerFor("es", "UTC").t).kind).toBe("Imagen JPEG");
    expect(describeDocument(jpeg, readerFor("en", "UTC").t).kind).toBe("JPEG image");
    expect(describeDocument({ contentType: "text/plain", size: 10 }, readerFor("es", "UTC").t).kind).toBe("Archivo");
  });
});
