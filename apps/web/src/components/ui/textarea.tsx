import type { ComponentProps } from "react";
import { classNames } from "../../lib/class-names.ts";
import { controlClassName } from "./control-class-name.ts";

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={classNames(controlClassName, className)} {...props} />;
}
