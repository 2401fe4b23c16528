import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { describeAuditAction, isAuditAction } from "./audit-actions";
import { operatingSystemUser } from "./audit-actor";
import { filterValues, readAuditFilter } from "./audit-filter";

const english = readerFor("en", "UTC");
const spanish = readerFor("es", "UTC");

describe("readAuditFilter", () => {
  it("reads nothing as no filter, and each filled-in filter as its typed value", () => {
    expect(readAuditFilter({})).toEqual({ ok: true, filter: { actor: null, receiptNumber: null, action: null, from: null, to: null } });
    expect(
      readAuditFilter({
        actor: "Officer@Agency.Example",
        receipt: "eac 26 123 45678",
        action: "case.viewed",
        from: "2026-03-01",
        to: "2026-03-02",
      }),
    ).toEqual({
      ok: true,
      filter: {
        actor: { kind: "OFFICER", email: "officer@agency.example" },
        receiptNumber: "EAC2612345678",
        action: "case.viewed",
        from: new Date("2026-03-01T00:00:00.000Z"),
        to: new Date("2026-03-02T23:59:59.999Z"),
      },
    });
    expect(readAuditFilter({ actor: "agency-command" })).toMatchObject({ ok: true, filter: { actor: { kind: "AGENCY_COMMAND" } } });
  });

  it("takes the first of a repeated name", () => {
    expect(readAuditFilter({ action: ["case.viewed", "nonsense"] })).toMatchObject({ ok: true, filter: { action: "case.viewed" } });
  });

  it("refuses every field it cannot read at once, and echoes what was typed", () => {
    const result = readAuditFilter({ actor: "ben", receipt: "12", action: "__proto__", from: "2026-13-01", to: "soon" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["action", "actor", "from", "receipt", "to"]);
    expect(result.values).toEqual({ actor: "ben", receipt: "12", action: "__proto__", from: "2026-13-01", to: "soon" });
  });

  it("filterValues keeps only the filter fields, as text", () => {
    expect(filterValues({ actor: ["a", "b"], page: "3", other: "x" })).toEqual({ actor: "a", receipt: "", action: "", from: "", to: "" });
  });
});

describe("audit actions and actors", () => {
  it("describes known actions and names unknown ones without inventing a meaning", () => {
    expect(english.text(describeAuditAction("case.status_added"))).toBe("Added a status");
    expect(spanish.text(describeAuditAction("case.status_added"))).toBe("Agregó un estatus");
    expect(isAuditAction("constructor")).toBe(false);
    expect(english.text(describeAuditAction("constructor"))).toBe("Other action (constructor)");
  });

  it("the operating-system user is never empty", () => {
    expect(operatingSystemUser()).not.toBe("");
  });
});
