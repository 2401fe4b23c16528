import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { describeDevice, describePlace } from "./describe-device";

const en = readerFor("en", "UTC");
const es = readerFor("es", "UTC");

const CHROME_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

/** The device as an English reader sees it. */
const device = (userAgent: string | null) => en.text(describeDevice(userAgent));
const place = (ip: string | null) => en.text(describePlace(ip));

describe("describeDevice", () => {
  it("names the browser and system", () => {
    expect(device(CHROME_LINUX)).toBe("Chrome on Linux");
    const iphone =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    expect(device(iphone)).toBe("Safari on iOS");
  });
  it("says so when there is nothing to read", () => {
    expect(device(null)).toBe("Unknown device");
    expect(device("")).toBe("Unknown device");
    expect(device("vitest integration")).toBe("Unknown device");
  });
  it("is worded in the reader's language, the browser and system names kept as they are", () => {
    expect(es.text(describeDevice(CHROME_LINUX))).toBe("Chrome en Linux");
    expect(es.text(describeDevice(null))).toBe("Dispositivo desconocido");
  });
});

describe("describePlace", () => {
  it("marks loopback and private addresses as the local network", () => {
    expect(place("127.0.0.1")).toBe("Local network (127.0.0.1)");
    expect(place("192.168.1.20")).toBe("Local network (192.168.1.20)");
    expect(place("::1")).toBe("Local network (::1)");
  });
  it("shows a public address as it is", () => {
    expect(place("203.0.113.9")).toBe("Internet address 203.0.113.9");
    expect(place(null)).toBe("Unknown location");
  });
  it("shows text that is not an address as unknown, never verbatim", () => {
    expect(place("Call 1-800-555-0100 now")).toBe("Unknown location");
    expect(place("203.0.113.9, 10.0.0.1")).toBe("Unknown location");
    expect(place("::ffff:203.0.113.9")).toBe("Internet address 203.0.113.9");
    expect(place("::ffff:10.0.0.4")).toBe("Local network (10.0.0.4)");
    expect(place("FE80::1")).toBe("Local network (fe80::1)");
  });
  it("is worded in the reader's language", () => {
    expect(es.text(describePlace("10.0.0.4"))).toBe("Red local (10.0.0.4)");
    expect(es.text(describePlace("203.0.113.9"))).toBe("Dirección de internet 203.0.113.9");
    expect(es.text(describePlace(null))).toBe("Ubicación desconocida");
  });
});
