import type * as Jwt from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The browser's cookie goes through next/headers, which needs a request: a stand-in jar holds it.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
  }),
}));
const decode = vi.hoisted(() => ({ calls: 0 }));
vi.mock("next-auth/jwt", async (original) => {
  const real = await original<typeof Jwt>();
  return {
    ...real,
    decode: (...args: Parameters<typeof real.decode>) => {
      decode.calls++;
      return real.decode(...args);
    },
  };
});

const { cookieSessionToken, startBrowserSession } = await import("./current-session");

describe("the session cookie", () => {
  beforeEach(() => {
    jar.clear();
    decode.calls = 0;
  });

  it("is read back by the process that wrote it without being decrypted again", async () => {
    await startBrowserSession("session-token-1");
    expect([...jar.values()][0]).not.toContain("session-token-1");
    expect(await cookieSessionToken()).toBe("session-token-1");
    expect(decode.calls).toBe(0);
  });
});
