"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { resolveText } from "@/lib/i18n/message-ref";
import { PASSWORD_RULES } from "@/lib/passwords/rules";
import { describedBy, inputClass } from "./field-parts";
import { FieldShell } from "./field-shell";

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
  const t = useTranslations();
  const strengthLabels = [
    t("ui.password.veryWeak"),
    t("ui.password.weak"),
    t("ui.password.fair"),
    t("ui.password.good"),
    t("ui.password.strong"),
  ];
  const [strength, setStrength] = useState<number | null>(null);
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
      setStrength(score(value, userWords));
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
          {t("ui.password.show")}
        </label>
      </div>
      {showRules && (
        <div className="mt-4 max-w-md">
          <div id={rulesId}>
            <p className="mb-1 font-bold">{t("ui.password.rulesHeading")}</p>
            <ul className="mb-3 list-none pl-0" data-testid="password-rules">
              {PASSWORD_RULES.map((rule) => {
                const met = rule.test(value);
                return (
                  <li key={rule.id} data-met={met} className={met ? "text-success-dark" : "text-ink"}>
                    <span aria-hidden="true" className="mr-2 inline-block w-4 font-bold">
                      {met ? "✓" : "•"}
                    </span>
                    {resolveText(rule.label, t)}
                    <span className="sr-only">{met ? t("ui.password.done") : t("ui.password.notYet")}</span>
                  </li>
                );
              })}
              <li className="text-ink">
                <span aria-hidden="true" className="mr-2 inline-block w-4 font-bold">
                  •
                </span>
                {t("ui.password.notCommon")}
              </li>
            </ul>
          </div>
          <div aria-hidden="true" className="h-2 w-full bg-paper">
            {strength !== null && <div className={`h-2 ${BAR_WIDTH[strength]} ${BAR_COLOUR[strength]}`} />}
          </div>
          <p className="mt-1 text-sm" aria-live="polite" data-testid="password-strength">
            {strength !== null ? t("ui.password.strength", { label: strengthLabels[strength] }) : t("ui.password.strengthEmpty")}
          </p>
        </div>
      )}
    </FieldShell>
  );
}
