import type { ComponentProps } from "react";
import { classNames } from "../../lib/class-names.ts";
import { controlClassName } from "./control-class-name.ts";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={classNames(controlClassName, className)} {...props} />;
}
