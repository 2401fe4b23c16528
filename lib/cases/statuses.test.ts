import { describe, expect, it } from "vitest";
import { isStatusTitle, STATUS_TITLES, statusInfo, statusTitle } from "./statuses";

describe("status titles", () => {
  it("never name a real agency", () => {
    for (const title of STATUS_TITLES) expect(title).not.toMatch(/USCIS/i);
  });

  it("shows titles stored with the old wording as today's", () => {
    expect(statusTitle("Case Is Being Actively Reviewed By USCIS")).toBe("Case Is Being Actively Reviewed");
    expect(statusInfo("Response To USCIS' Request For Evidence Was Received").title).toBe("Response To Request For Evidence Was Received");
    expect(statusInfo("Card Was Returned To USCIS").explanation).toBe("Your card was returned to us by the post office.");
    expect(statusTitle("Case Was Approved")).toBe("Case Was Approved");
  });

  it("accepts only today's titles as new statuses", () => {
    expect(isStatusTitle("Case Is Being Actively Reviewed")).toBe(true);
    expect(isStatusTitle("Case Is Being Actively Reviewed By USCIS")).toBe(false);
  });
});
