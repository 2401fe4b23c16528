import { describe, expect, it } from "vitest";
import { describeDevice, describePlace } from "./describe-device";

describe("describeDevice", () => {
  it("names the browser and system", () => {
    const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    expect(describeDevice(chrome)).toBe("Chrome on Linux");
    const iphone =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    expect(describeDevice(iphone)).toBe("Safari on iOS");
  });
  it("says so when there is nothing to read", () => {
    expect(describeDevice(null)).toBe("Unknown device");
    expect(describeDevice("")).toBe("Unknown device");
    expect(describeDevice("vitest integration")).toBe("Unknown device");
  });
});

describe("describePlace", () => {
  it("marks loopback and private addresses as the local network", () => {
    expect(describePlace("127.0.0.1")).toBe("Local network (127.0.0.1)");
    expect(describePlace("192.168.1.20")).toBe("Local network (192.168.1.20)");
    expect(describePlace("::1")).toBe("Local network (::1)");
  });
  it("shows a public address as it is", () => {
    expect(describePlace("203.0.113.9")).toBe("Internet address 203.0.113.9");
    expect(describePlace(null)).toBe("Unknown location");
  });
  it("shows text that is not an address as unknown, never verbatim", () => {
    expect(describePlace("Call 1-800-555-0100 now")).toBe("Unknown location");
    expect(describePlace("203.0.113.9, 10.0.0.1")).toBe("Unknown location");
    expect(describePlace("::ffff:203.0.113.9")).toBe("Internet address 203.0.113.9");
    expect(describePlace("::ffff:10.0.0.4")).toBe("Local network (10.0.0.4)");
    expect(describePlace("FE80::1")).toBe("Local network (fe80::1)");
  });
});
