"use client";

import { useEffect, useId, useRef, useState } from "react";
import { PASSWORD_RULES } from "@/lib/passwords/rules";
import { describedBy, inputClass } from "./field-parts";
import { FieldShell } from "./field-shell";

type Strength = { score: number; label: string };
const LABELS = ["Very weak", "Weak", "Fair", "Good", "Strong"];
const BAR_WIDTH = ["w-1/12", "w-1/4", "w-1/2", "w-3/4", "w-full"];
const BAR_COLOUR = ["bg-error", "bg-error", "bg-warning", "bg-success", "bg-success-dark"];

// zxcvbn and its dictionaries are large: load them only once someone starts typing a password.
let estimator: Promise<(password: string, words: string[]) => number> | undefined;
function loadEstimator() {
  estimator ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(([core, common]) => {
    const factory = new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
    return (password: string, words: string[]) => factory.check(password, words).score;
  });
  return estimator;
}

/**
 * A password input with show/hide, the published rule as a checklist that updates while typing,
 * and a strength meter. Paste and password managers work (nothing is blocked).
 */
export function PasswordField({
  name,
  label,
  error,
  autoComplete = "new-password",
  showRules = false,
  userWords = [],
  hint,
}: {
  name: string;
  label: string;
  error?: string;
  autoComplete?: string;
  showRules?: boolean;
  userWords?: string[];
  hint?: React.ReactNode;
}) {
  const id = name;
  const toggleId = useId();
  const [visible, setVisible] = useState(false);
  const [value, setValue] = useState("");
  const [strength, setStrength] = useState<Strength | null>(null);
  const latest = useRef("");

  useEffect(() => {
    if (!showRules) return;
    latest.current = value;
    if (!value) {
      setStrength(null);
      return;
    }
    let cancelled = false;
    void loadEstimator().then((score) => {
      if (cancelled || latest.current !== value) return;
      const s = score(value, userWords);
      setStrength({ score: s, label: LABELS[s] });
    });
    return () => {
      cancelled = true;
    };
  }, [value, showRules, userWords]);

  const rulesId = `${id}-rules`;
  const describedIds = [describedBy(id, hint, error), showRules ? rulesId : null].filter(Boolean).join(" ") || undefined;

  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type={visible ? "text" : "password"}
        autoComplete={autoComplete}
        required
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedIds}
        spellCheck={false}
        autoCapitalize="none"
        className={inputClass}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="mt-2">
        <input
          id={toggleId}
          type="checkbox"
          className="mr-2 h-5 w-5 align-middle accent-primary"
          checked={visible}
          onChange={(event) => setVisible(event.target.checked)}
          aria-controls={id}
        />
        <label htmlFor={toggleId} className="align-middle">
          Show password
        </label>
      </div>
      {showRules && (
        <div className="mt-4 max-w-md">
          <div id={rulesId}>
            <p className="mb-1 font-bold">Your password must have:</p>
            <ul className="mb-3 list-none pl-0" data-testid="password-rules">
              {PASSWORD_RULES.map((rule) => {
                const met = rule.test(value);
                return (
                  <li key={rule.id} data-met={met} className={met ? "text-success-dark" : "text-ink"}>
                    <span aria-hidden="true" className="mr-2 inline-block w-4 font-bold">
                      {met ? "✓" : "•"}
                    </span>
                    {rule.label}
                    <span className="sr-only">{met ? " (done)" : " (not yet)"}</span>
                  </li>
                );
              })}
              <li className="text-ink">
                <span aria-hidden="true" className="mr-2 inline-block w-4 font-bold">
                  •
                </span>
                Not a common password, and not your email address
              </li>
            </ul>
          </div>
          <div aria-hidden="true" className="h-2 w-full bg-paper">
            {strength && <div className={`h-2 ${BAR_WIDTH[strength.score]} ${BAR_COLOUR[strength.score]}`} />}
          </div>
          <p className="mt-1 text-sm" aria-live="polite" data-testid="password-strength">
            {strength ? `Password strength: ${strength.label}` : "Password strength: start typing"}
          </p>
        </div>
      )}
    </FieldShell>
  );
}
