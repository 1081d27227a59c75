"use client";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

export function SubmitButton({
  children,
  variant = "primary",
  pendingText = "Saving…",
  ...rest
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  pendingText?: string;
  name?: string;
  value?: string;
  "data-testid"?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} {...rest}>
      {pending ? pendingText : children}
    </Button>
  );
}
