import { isRedirectError } from "next/dist/client/components/redirect-error";
import { notFound, redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { localizeResult } from "../i18n/localize-result";
import { msg } from "../i18n/message-ref";
import { readerFor } from "../i18n/translator";
import { ActionClient } from "./action-client";
import type { PublicContext } from "./contexts";

const request = { ip: "192.0.2.1", userAgent: "test", requestId: "0f1e2d3c-aaaa-bbbb-cccc-123456789abc" };
const inEnglish = readerFor("en", "UTC");
const client = new ActionClient<PublicContext>(
  async () => ({ request }),
  [],
  async (result) => localizeResult(result, inEnglish),
);
const zGreeting = z.object({ name: z.string().trim().min(1, "Enter your name."), password: z.string().min(1, "Enter a password.") });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the action to throw");
}

describe("an action built from the chain", () => {
  it("gives the body the parsed, typed input and the context", async () => {
    const body = vi.fn(async ({ ctx, input }: { ctx: PublicContext; input: z.output<typeof zGreeting> }) => ({
      ok: true as const,
      said: `${input.name} from ${ctx.request.ip}`,
    }));
    const action = client.input(zGreeting).action(body);
    expect(await action(null, form({ name: "  Ana ", password: "x" }))).toEqual({ ok: true, said: "Ana from 192.0.2.1" });
  });

  it("refuses bad input with field errors and the typed text (never the password), before the body runs", async () => {
    const body = vi.fn();
    const action = client.input(zGreeting).action(body);
    const result = await action(null, form({ name: " ", password: "" }));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { name: "Enter your name.", password: "Enter a password." },
      values: { name: " " },
    });
    expect(body).not.toHaveBeenCalled();
  });

  it("checks who is asking before it reads the form: a refused context stops everything", async () => {
    const body = vi.fn();
    const guarded = new ActionClient<PublicContext>(async () => notFound()).input(zGreeting).action(body);
    const error = await thrown(() => guarded(null, form({})));
    expect(error).toMatchObject({ digest: expect.stringContaining("404") });
    expect(body).not.toHaveBeenCalled();
  });

  it("turns an unexpected failure into the generic message with a reference, and logs it", async () => {
    const action = client.action(async () => {
      throw new Error("connection reset: password=hunter2");
    });
    const result = await action(null, form({}));
    expect(result).toEqual({
      ok: false,
      code: "unexpected",
      message: expect.stringContaining("mention reference 0f1e2d3c"),
    });
    expect(JSON.stringify(result)).not.toContain("hunter2");
  });

  it("lets a redirect from the body through", async () => {
    const action = client.action(async () => redirect("/dashboard"));
    expect(isRedirectError(await thrown(() => action(null, form({}))))).toBe(true);
  });

  it("shows every result to the client's after-hooks, which may redirect", async () => {
    const seen: unknown[] = [];
    const withHook = client.after((result) => {
      seen.push(result);
      if (result.ok) redirect("/next-step");
    });
    const refused = withHook.action(async () => ({ ok: false, code: "wrong_code", message: "That code is not correct." }));
    expect(await refused(null, form({}))).toMatchObject({ code: "wrong_code" });
    const done = withHook.action(async () => ({ ok: true }));
    expect(isRedirectError(await thrown(() => done(null, form({}))))).toBe(true);
    expect(seen).toHaveLength(2);
  });

  it("adds links: each sees the context of the one before", async () => {
    const withUser = client.use(async (ctx) => ({ ...ctx, user: "ana" }));
    const action = withUser.action(async ({ ctx }) => ({ ok: true, who: `${ctx.user}@${ctx.request.ip}` }));
    expect(await action(null, form({}))).toEqual({ ok: true, who: "ana@192.0.2.1" });
  });
});

describe("an action served as a route handler", () => {
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request("http://portal.test/step", { method: "POST", body, headers: { host: "portal.test", ...headers } });

  it("answers the result as JSON, never cached, with the same parsing and refusals as the action", async () => {
    const route = client.input(zGreeting).route(async ({ input }) => ({ ok: true, said: input.name }));
    const done = await route(post(form({ name: " Ana ", password: "x" }), { origin: "http://portal.test" }));
    expect(done.status).toBe(200);
    expect(done.headers.get("cache-control")).toBe("no-store");
    expect(await done.json()).toEqual({ ok: true, said: "Ana" });
    const refused = await route(post(form({ name: "", password: "hunter2" })));
    expect(await refused.json()).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { name: "Enter your name." } });
  });

  it("turns a redirect into { ok: true, redirectTo } for the page to follow", async () => {
    const route = client.input(zGreeting).route(async () => redirect("/sign-in/verify"));
    expect(await (await route(post(form({ name: "Ana", password: "x" })))).json()).toEqual({ ok: true, redirectTo: "/sign-in/verify" });
  });

  it("refuses a post from another origin or site before the body runs", async () => {
    const body = vi.fn();
    const route = client.input(zGreeting).route(body);
    expect((await route(post(form({ name: "Ana", password: "x" }), { origin: "http://elsewhere.test" }))).status).toBe(403);
    expect((await route(post(form({ name: "Ana", password: "x" }), { "sec-fetch-site": "cross-site" }))).status).toBe(403);
    expect(body).not.toHaveBeenCalled();
  });

  it("reads a body that is not a form as an empty form: field errors, not a failure", async () => {
    const body = vi.fn();
    const route = client.input(zGreeting).route(body);
    const answer = await route(post("{not a form", { "content-type": "application/json" }));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ok: false, code: "invalid_input" });
    expect(body).not.toHaveBeenCalled();
  });
});

describe("an action's result in the reader's language", () => {
  it("puts msg() references in the message and the field errors into the reader's language, and leaves other text alone", async () => {
    const inSpanish = readerFor("es", "UTC");
    const spanishClient = new ActionClient<PublicContext>(
      async () => ({ request }),
      [],
      async (result) => localizeResult(result, inSpanish),
    );
    const action = spanishClient.action(async () => ({
      ok: false as const,
      code: "invalid_input" as const,
      message: msg("common.errors.invalidInput"),
      fieldErrors: { email: msg("common.errors.unexpectedWithReference", { reference: "ab12cd34" }), name: "Plain text" },
    }));
    expect(await action(null, form({}))).toEqual({
      ok: false,
      code: "invalid_input",
      message: "Hay un problema con lo que ingresó. Revise los campos a continuación.",
      fieldErrors: { email: expect.stringContaining("mencione la referencia ab12cd34"), name: "Plain text" },
    });
  });
});
