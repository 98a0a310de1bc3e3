import type { ComponentProps } from "react";
import { Link } from "wouter";
import { classNames } from "../../lib/class-names.ts";
import { linkClassName } from "./styles.ts";

type TextLinkProps = Omit<ComponentProps<"a">, "href"> & {
  href: string;
  /** Kept in the browser's history entry, for the page the link opens. */
  state?: unknown;
};

/** A link to a page of this app: the router handles it, no full page load. */
export function TextLink({ className, ...props }: TextLinkProps) {
  return <Link className={classNames(linkClassName, className)} {...props} />;
}
