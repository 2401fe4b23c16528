import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { fromOwnOrigin } from "../http/same-origin";
import type { z } from "zod";
import { msg } from "../i18n/message-ref";
import { logger } from "../logger";
import { fail, fieldErrorsFrom, invalid, type ActionError, type ActionResult, type FormState, type RouteRedirect } from "../result";
import { echoedValues, formFields, type FormFields } from "./form-input";
import type { PublicContext } from "./contexts";

// The one way to write a server action (after Dub's safe-action chain): a client resolves its
// context (session, actor, request) once, the declared zod schema parses the form before the body
// runs, expected refusals come back as the typed result, and anything else becomes a generic
// message and a log line with the request id. Redirects and notFound() pass through.

/** The declared schema applied to a form's fields: the typed input, or field errors with the text to show again. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  fields: FormFields,
): { ok: true; input: z.output<Schema> } | ActionError {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error.issues), echoedValues(fields));
  return { ok: true, input: parsed.data };
}

const NO_STORE = { "Cache-Control": "no-store" };

type AfterHook = (result: ActionResult<object>) => void;

/** Puts a result's msg() references into the reader's language (lib/i18n/localize-result.ts); clients.ts passes it. */
export type Localize = <T extends object>(result: ActionResult<T>) => Promise<ActionResult<T>>;

const asWritten: Localize = async (result) => result;

type Body<Ctx, Input, T extends object> = (args: { ctx: Ctx; input: Input }) => Promise<ActionResult<T>>;

export class ActionClient<Ctx extends PublicContext> {
  constructor(
    private readonly resolve: () => Promise<Ctx>,
    private readonly afterHooks: readonly AfterHook[] = [],
    private readonly localize: Localize = asWritten,
  ) {}

  /** A further link: runs after this client's context and may add to it, redirect or refuse. */
  use<Next extends PublicContext>(link: (ctx: Ctx) => Promise<Next>): ActionClient<Next> {
    return new ActionClient(async () => link(await this.resolve()), this.afterHooks, this.localize);
  }

  /** Looks at every result the body returns (to redirect on success, say). */
  after(hook: AfterHook): ActionClient<Ctx> {
    return new ActionClient(this.resolve, [...this.afterHooks, hook], this.localize);
  }

  /** Declares the form's fields; the body receives them parsed. */
  input<Schema extends z.ZodType>(schema: Schema): InputAction<Ctx, z.output<Schema>> {
    return new InputAction(this.resolve, this.afterHooks, schema, this.localize);
  }

  /** An action that reads no fields. */
  action<T extends object = object>(body: Body<Ctx, undefined, T>): (state: FormState<T>, form: FormData) => Promise<FormState<T>> {
    return new InputAction<Ctx, undefined>(this.resolve, this.afterHooks, null, this.localize).action(body);
  }

  /** A plain <form action> that reads no fields (sign out, cancel). */
  formAction<T extends object = object>(body: Body<Ctx, undefined, T>): (form: FormData) => Promise<void> {
    return new InputAction<Ctx, undefined>(this.resolve, this.afterHooks, null, this.localize).formAction(body);
  }
}

export class InputAction<Ctx extends PublicContext, Input> {
  constructor(
    private readonly resolve: () => Promise<Ctx>,
    private readonly afterHooks: readonly AfterHook[],
    private readonly schema: z.ZodType | null,
    private readonly localize: Localize,
  ) {}

  /** For useActionState: (previous state, form) -> the result to show. */
  action<T extends object = object>(body: Body<Ctx, Input, T>): (state: FormState<T>, form: FormData) => Promise<FormState<T>> {
    return async (_state, form) => this.run(body, form);
  }

  /** For a plain <form action>: runs like any other action; the result is only logged when unexpected. */
  formAction<T extends object = object>(body: Body<Ctx, Input, T>): (form: FormData) => Promise<void> {
    return async (form) => {
      await this.run(body, form);
    };
  }

  /**
   * The same action as a route handler's POST, for a form that the browser sends with fetch
   * (components/ui/use-route-form.ts): the answer is the result as JSON, and a redirect is
   * `{ ok: true, redirectTo }` for the page to follow. A server action that sets a cookie makes
   * Next.js render a page into its answer; this answers with the result alone. Posts from other
   * origins get 403, as Next.js refuses them for server actions.
   */
  route<T extends object = object>(body: Body<Ctx, Input, T>): (request: Request) => Promise<Response> {
    return async (request) => {
      if (!fromOwnOrigin(request)) return Response.json({ ok: false, code: "not_allowed" }, { status: 403, headers: NO_STORE });
      const form = await request.formData().catch(() => new FormData());
      try {
        return Response.json(await this.run(body, form), { headers: NO_STORE });
      } catch (error) {
        if (!isRedirectError(error)) throw error;
        return Response.json({ ok: true, redirectTo: getURLFromRedirectError(error) } satisfies RouteRedirect, { headers: NO_STORE });
      }
    };
  }

  private async run<T extends object>(body: Body<Ctx, Input, T>, form: FormData | undefined): Promise<ActionResult<T>> {
    return this.localize(await this.runInLibTerms(body, form));
  }

  /** The result as lib wrote it: messages may still be msg() references. */
  private async runInLibTerms<T extends object>(body: Body<Ctx, Input, T>, form: FormData | undefined): Promise<ActionResult<T>> {
    let requestId: string | null = null;
    try {
      const ctx = await this.resolve();
      requestId = ctx.request.requestId;
      let input = undefined as Input;
      if (this.schema) {
        const parsed = parseInput(this.schema, form instanceof FormData ? formFields(form) : {});
        if (!parsed.ok) return parsed;
        input = parsed.input as Input;
      }
      const result = await body({ ctx, input });
      for (const hook of this.afterHooks) hook(result);
      return result;
    } catch (error) {
      unstable_rethrow(error);
      logger.error(
        { requestId, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) },
        "action failed",
      );
      return fail(
        "unexpected",
        requestId ? msg("common.errors.unexpectedWithReference", { reference: requestId.slice(0, 8) }) : msg("common.errors.unexpected"),
      );
    }
  }
}
