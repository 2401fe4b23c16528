import { describe, expect, it } from "vitest";
import { AgencyInputError } from "../cases/agency-operations";
import { dateTimeOption, dueDateOption, noticeKindOption, receiptOption } from "./parse-inputs";
import { canonicalStatus, closeStatuses } from "./status-suggestions";

describe("agency command inputs", () => {
  it("receipt numbers in the forms people write them", () => {
    expect(receiptOption("eac-26-123-45678")).toBe("EAC2612345678");
    expect(() => receiptOption("EAC26123")).toThrow(/should be a total of 13 characters/);
    expect(() => receiptOption(undefined)).toThrow(AgencyInputError);
  });

  it("notice kinds by their short names", () => {
    expect(noticeKindOption("Biometrics")).toBe("BIOMETRICS_APPOINTMENT");
    expect(() => noticeKindOption("account-access")).toThrow(/Unknown notice kind/);
    // Names of Object's own properties are not kinds.
    for (const inherited of ["constructor", "__proto__", "toString", "hasOwnProperty"])
      expect(() => noticeKindOption(inherited)).toThrow(/Unknown notice kind/);
    expect(() => noticeKindOption(undefined)).toThrow(/--kind/);
  });

  it("due dates run to the end of the day; impossible dates are refused", () => {
    expect(dueDateOption("2026-12-31").toISOString()).toBe("2026-12-31T23:59:59.999Z");
    for (const bad of ["2026-02-30", "2026-12-31 10:00", "12/31/2026", ""]) expect(() => dueDateOption(bad)).toThrow(AgencyInputError);
  });

  it("appointment times in UTC", () => {
    expect(dateTimeOption("2026-12-01 09:00", "at").toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(dateTimeOption("2026-12-01T9:30", "at").toISOString()).toBe("2026-12-01T09:30:00.000Z");
    for (const bad of ["2026-12-01", "2026-12-01 24:00", "2026-12-01 09:60", "tomorrow"])
      expect(() => dateTimeOption(bad, "at")).toThrow(/not a date and time/);
  });

  it("status titles in any capitalisation, and the close ones for a near miss", () => {
    expect(canonicalStatus("  case WAS approved ")).toBe("Case Was Approved");
    expect(canonicalStatus("Case Approved")).toBeNull();
    expect(closeStatuses("Case Aproved")).toEqual(["Case Was Approved"]);
    expect(closeStatuses("Interview Scheduled")).toContain("Interview Was Scheduled");
    expect(closeStatuses("banana")).toEqual([]);
  });
});
