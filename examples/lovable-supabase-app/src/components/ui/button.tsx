import { clsx } from "clsx";
import { twMerge } from "tailwind-merge";
import type { ButtonHTMLAttributes } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "ghost" | "danger" };

export function Button({ variant = "primary", className, ...props }: Props) {
  return (
    <button
      className={twMerge(
        clsx(
          "rounded-md px-4 py-2 text-sm font-medium transition disabled:opacity-50",
          variant === "primary" && "bg-brand text-white hover:bg-brand/90",
          variant === "ghost" && "bg-transparent hover:bg-slate-100",
          variant === "danger" && "bg-red-600 text-white hover:bg-red-700"
        ),
        className
      )}
      {...props}
    />
  );
}
