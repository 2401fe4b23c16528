import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { withRequestId } from "./http/request-context";
import { createLogger } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger("info", stream) };
}

describe("the logger", () => {
  it("writes one JSON object a line, with the id of the request it was written for", () => {
    const { lines, log } = capture();
    withRequestId("0b7c2f4e-1d3a-4c5b-9e8f-a1b2c3d4e5f6", () => log.info({ step: 1 }, "inside a request"));
    log.info("outside any request");
    expect(lines[0]).toMatchObject({ level: 30, msg: "inside a request", step: 1, requestId: "0b7c2f4e-1d3a-4c5b-9e8f-a1b2c3d4e5f6" });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("keeps the request id across awaits inside the request", async () => {
    const { lines, log } = capture();
    await withRequestId("11111111-2222-4333-8444-555555555555", async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.warn("later in the same request");
    });
    expect(lines[0].requestId).toBe("11111111-2222-4333-8444-555555555555");
  });

  it("never writes a password, code, token, answer or secret a caller passes by mistake", () => {
    const { lines, log } = capture();
    log.info(
      {
        password: "Harbor-Lantern-Quill-26!",
        code: "123456",
        input: { token: "abc", answer: "Rex", newPassword: "x" },
        secret: "s",
        userId: "u1",
      },
      "careless",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["Harbor-Lantern-Quill-26!", "123456", '"abc"', "Rex", '"s"']) expect(text).not.toContain(secret);
    expect(lines[0].userId).toBe("u1");
  });
});
