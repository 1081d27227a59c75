"use client";
// A submit button that asks first. It opens a native modal <dialog> (focus is trapped, Escape
// cancels) that names what will happen; only "Confirm" submits the surrounding form, with the
// button's name/value. Cancel, Escape or a click outside do nothing.
import { useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./button";
import { useHydrated } from "./use-hydrated";

type Variant = "primary" | "secondary" | "danger" | "ghost";

export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  variant = "primary",
  confirmVariant,
  pendingText = "Working…",
  name,
  value,
  disabled,
  className = "",
  "data-testid": testId,
}: {
  children: ReactNode;
  title: string;
  /** What will happen, in words ("This reveals 12 identities and is logged."). */
  message: ReactNode;
  confirmLabel: string;
  variant?: Variant;
  confirmVariant?: Variant;
  pendingText?: string;
  name?: string;
  value?: string;
  disabled?: boolean;
  className?: string;
  "data-testid"?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { pending } = useFormStatus();
  const hydrated = useHydrated();
  return (
    <>
      <button
        type="button"
        className={buttonClass(variant, className)}
        disabled={disabled || pending || !hydrated}
        aria-haspopup="dialog"
        onClick={() => ref.current?.showModal()}
        data-testid={testId}
      >
        {pending ? pendingText : children}
      </button>
      <dialog
        ref={ref}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-message`}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-0 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
        onClick={(e) => {
          if (e.target === ref.current) ref.current?.close();
        }}
        data-testid={testId ? `${testId}-dialog` : undefined}
      >
        <div className="space-y-4 p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <div id={`${id}-message`} className="text-sm text-slate-700">
            {message}
          </div>
          <div className="flex flex-wrap justify-end gap-2">
            <button
              type="button"
              className={buttonClass("secondary")}
              onClick={() => ref.current?.close()}
              data-testid="confirm-cancel"
              autoFocus
            >
              Cancel
            </button>
            <button
              type="submit"
              name={name}
              value={value}
              className={buttonClass(
                confirmVariant ?? (variant === "secondary" || variant === "ghost" ? "primary" : variant),
              )}
              onClick={() => ref.current?.close()}
              data-testid="confirm-ok"
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
