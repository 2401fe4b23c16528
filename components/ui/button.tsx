import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "outline" | "link";

const STYLES: Record<Variant, string> = {
  primary: "bg-primary text-white hover:bg-primary-dark active:bg-primary-darker px-5 py-3 rounded font-bold",
  secondary: "bg-muted text-white hover:bg-ink px-5 py-3 rounded font-bold",
  outline:
    "bg-white text-primary ring-2 ring-inset ring-primary hover:text-primary-dark hover:ring-primary-dark px-5 py-3 rounded font-bold",
  link: "text-primary underline underline-offset-2 hover:text-primary-dark p-0",
};

export function buttonClass(variant: Variant = "primary"): string {
  return `${STYLES[variant]} inline-block cursor-pointer text-center no-underline disabled:cursor-not-allowed disabled:opacity-60`;
}

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={`${buttonClass(variant)} ${className}`} {...props} />;
}
