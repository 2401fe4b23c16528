import { describe, expect, it } from "vitest";
import { isSecretName } from "./kept-drafts";

describe("isSecretName", () => {
  it("never keeps passwords, one-time codes, backup codes, secrets or security answers", () => {
    for (const name of [
      "password",
      "newPassword",
      "code",
      "otpCode",
      "backupCode",
      "backup-code",
      "recoveryCode",
      "otp",
      "totpSecret",
      "answer1",
    ]) {
      expect(isSecretName(name), name).toBe(true);
    }
  });

  it("keeps postal codes and ordinary answers", () => {
    for (const name of ["postalCode", "postal_code", "postal-code", "mailingZip", "addressLine1", "phone", "dateOfBirth-day"]) {
      expect(isSecretName(name), name).toBe(false);
    }
  });
});
