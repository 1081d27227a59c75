import type { ReactNode } from "react";

type Tone = "info" | "success" | "error" | "warning";
const tones: Record<Tone, string> = {
  info: "bg-brand-50 text-brand-900 ring-brand-100",
  success: "bg-green-50 text-green-900 ring-green-200",
  error: "bg-red-50 text-red-900 ring-red-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
};

export function Alert({ children, tone = "info", title }: { children?: ReactNode; tone?: Tone; title?: string }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg p-4 text-sm ring-1 ring-inset ${tones[tone]}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
