import type { ComponentProps } from "react";
import { classNames } from "../../lib/class-names.ts";
import { controlClassName } from "./control-class-name.ts";

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={classNames(controlClassName, "pr-8", className)} {...props} />;
}
