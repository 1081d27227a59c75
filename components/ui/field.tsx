import {
  Children,
  cloneElement,
  isValidElement,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

export const inputClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 aria-[invalid=true]:ring-red-500 sm:text-sm";

/**
 * A labelled form control with hint and error text wired up for screen readers. `name` is the
 * control's id. The control (a direct child) gets aria-describedby naming exactly the hint and
 * error paragraphs that are rendered, so it never points at an id that is not on the page.
 */
export function Field({
  label,
  name,
  id = name,
  hint,
  error,
  children,
}: {
  label: string;
  name: string;
  /** The control's id when the same field name appears more than once on a page. */
  id?: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const describedBy = [hint && !error ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const wired = Children.map(children, (child) =>
    isValidElement<{ "aria-describedby"?: string }>(child)
      ? cloneElement(child, { "aria-describedby": describedBy || undefined })
      : child,
  );
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {wired}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextInput({ invalid, ...props }: InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }) {
  return <input id={props.name} aria-invalid={invalid || undefined} className={inputClass} {...props} />;
}

export function TextArea({ invalid, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }) {
  return <textarea id={props.name} aria-invalid={invalid || undefined} className={inputClass} {...props} />;
}

export function Select({ invalid, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }) {
  return <select id={props.name} aria-invalid={invalid || undefined} className={inputClass} {...props} />;
}

/** A GET-form filter: a labelled select whose first option (value "") means "no filter". */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
}: {
  label: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <Field label={label} name={name}>
      <Select name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
