import { describe, expect, it } from "vitest";
import { whileHeld } from "./scratch-database";

function failing(code: string) {
  return Object.assign(new Error(`code ${code}`), { code });
}

describe("dropping a scratch database", () => {
  it("tries again while an autovacuum worker (42501) or a new connection (55006) holds it", async () => {
    const errors = [failing("42501"), failing("55006")];
    let calls = 0;
    const pauses: number[] = [];
    await whileHeld(
      async () => {
        calls++;
        const error = errors.shift();
        if (error) throw error;
      },
      async (ms) => {
        pauses.push(ms);
      },
    );
    expect(calls).toBe(3);
    expect(pauses).toEqual([100, 200]);
  });

  it("gives up at once on any other error", async () => {
    let calls = 0;
    const drop = async () => {
      calls++;
      throw failing("3D000");
    };
    await expect(whileHeld(drop, async () => {})).rejects.toThrow("code 3D000");
    expect(calls).toBe(1);
  });

  it("gives up after forty tries", async () => {
    let calls = 0;
    const drop = async () => {
      calls++;
      throw failing("42501");
    };
    await expect(whileHeld(drop, async () => {})).rejects.toThrow("code 42501");
    expect(calls).toBe(40);
  });
});
