import { useTranslations } from "use-intl";
import { Checkbox } from "@/components/ui/checkbox";
import { describedBy, FieldError, FieldHint, fieldWrapperClass, inputClass } from "@/components/ui/field-parts";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { FieldQuestion } from "./field-question";

// The one renderer for every kind of question a form definition can ask. Lists of choices and
// dates are fieldsets with a legend; every hint and error is tied to its input; a page with one
// question asked as a set of choices or a date uses the question as its heading (the legend).

export type FieldValue = { text: string; list: string[]; date: { day: string; month: string; year: string } };

type Props = { question: FieldQuestion; value: FieldValue; error?: string; asHeading?: boolean };

// Narrower boxes for short answers (class names written out so the stylesheet keeps them).
function widthClass(width: number | undefined): string {
  if (!width) return "";
  if (width <= 4) return "max-w-24";
  if (width <= 10) return "max-w-48";
  if (width <= 20) return "max-w-72";
  return "";
}

type TextKind = {
  type: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  autoComplete?: string;
  spellCheck?: boolean;
  width?: number;
};

const TEXT_KINDS: Partial<Record<FieldQuestion["kind"], TextKind>> = {
  text: { type: "text" },
  "a-number": { type: "text", spellCheck: false, width: 12, autoComplete: "off" },
  ssn: { type: "text", inputMode: "numeric", spellCheck: false, width: 11, autoComplete: "off" },
  zip: { type: "text", inputMode: "numeric", autoComplete: "postal-code", width: 10 },
  i94: { type: "text", spellCheck: false, width: 11, autoComplete: "off" },
  "receipt-number": { type: "text", spellCheck: false, width: 16, autoComplete: "off" },
  email: { type: "email", inputMode: "email", spellCheck: false, autoComplete: "email" },
  phone: { type: "tel", inputMode: "tel", autoComplete: "tel" },
};

function Legend({ text, asHeading }: { text: string; asHeading?: boolean }) {
  return asHeading ? (
    <legend className="mb-3">
      <h1 className="mb-0">{text}</h1>
    </legend>
  ) : (
    <legend className="mb-2 text-lg font-bold">{text}</legend>
  );
}

function Choices({ question, value, error, asHeading }: Props) {
  const { id, hint, options } = question;
  const type = question.kind === "radio" ? "radio" : "checkbox";
  return (
    <div className={fieldWrapperClass(error)}>
      <fieldset aria-describedby={describedBy(id, hint, error)} className="max-w-prose">
        <Legend text={question.label} asHeading={asHeading} />
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} error={error} />
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          const chosen = type === "radio" ? value.text === option.value : value.list.includes(option.value);
          return (
            <div key={option.value} className="mb-3 flex items-start gap-3">
              <input
                type={type}
                id={optionId}
                name={id}
                value={option.value}
                defaultChecked={chosen}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                className="mt-1 h-6 w-6 shrink-0 accent-primary"
              />
              <div>
                <label htmlFor={optionId}>{option.label}</label>
                {option.hint && (
                  <div id={`${optionId}-item-hint`} className="text-muted">
                    {option.hint}
                  </div>
                )}
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

function DateField({ question, value, error, asHeading }: Props) {
  const t = useTranslations();
  const { id } = question;
  const hint = question.hint ?? t("filing.question.dateHint");
  const part = (name: "day" | "month" | "year", label: string, boxClass: string, autoComplete?: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="mb-1 block">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={`${id}-${name}`}
        type="text"
        inputMode="numeric"
        maxLength={name === "year" ? 4 : 2}
        defaultValue={value.date[name]}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        className={`${inputClass} ${boxClass}`}
      />
    </div>
  );
  const birth = question.autocomplete === "bday";
  return (
    <div className={fieldWrapperClass(error)}>
      <fieldset role="group" aria-describedby={describedBy(id, hint, error)}>
        <Legend text={question.label} asHeading={asHeading} />
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} error={error} />
        <div className="flex gap-4">
          {part("day", t("filing.question.day"), "w-16", birth ? "bday-day" : undefined)}
          {part("month", t("filing.question.month"), "w-16", birth ? "bday-month" : undefined)}
          {part("year", t("filing.question.year"), "w-24", birth ? "bday-year" : undefined)}
        </div>
      </fieldset>
    </div>
  );
}

export function QuestionField(props: Props) {
  const { question, value, error, asHeading } = props;
  const { id, hint, required } = question;
  const label = question.label;
  switch (question.kind) {
    case "radio":
    case "checkboxes":
      // A single yes-style checkbox reads best as one box with its own label.
      if (question.kind === "checkboxes" && question.options.length === 1 && !asHeading) {
        const only = question.options[0];
        return (
          <Checkbox
            name={id}
            value={only.value}
            label={question.label === only.label ? only.label : `${question.label}: ${only.label}`}
            defaultChecked={value.list.includes(only.value)}
            error={error}
          />
        );
      }
      return <Choices {...props} />;
    case "date":
      return <DateField {...props} />;
    case "select":
    case "us-state":
    case "country":
      return (
        <SelectField
          name={id}
          label={label}
          hint={hint}
          error={error}
          options={question.options}
          required={required}
          aria-required={required}
          autoComplete={
            question.autocomplete ?? (question.kind === "us-state" ? "address-level1" : question.kind === "country" ? "off" : undefined)
          }
          defaultValue={value.text}
        />
      );
    case "textarea":
      return (
        <TextAreaField
          name={id}
          label={label}
          hint={hint}
          error={error}
          required={required}
          aria-required={required}
          maxLength={question.maxLength}
          autoComplete={question.autocomplete}
          defaultValue={value.text}
          rows={5}
        />
      );
    default: {
      const kind = TEXT_KINDS[question.kind] ?? { type: "text" };
      return (
        <TextField
          name={id}
          label={label}
          hint={hint}
          error={error}
          type={kind.type}
          inputMode={kind.inputMode}
          spellCheck={kind.spellCheck}
          required={required}
          maxLength={question.maxLength}
          autoComplete={question.autocomplete ?? kind.autoComplete}
          className={widthClass(question.width ?? kind.width)}
          defaultValue={value.text}
        />
      );
    }
  }
}
