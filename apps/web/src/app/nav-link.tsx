import type { ReactNode } from "react";
import { Link, useRoute } from "wouter";
import { classNames } from "../lib/class-names.ts";

type NavLinkProps = {
  href: string;
  /** Further pages that belong to this link's section, such as a record of the history. */
  section?: string;
  onIntent?: () => void;
  children: ReactNode;
};

/** `aria-current="page"` on the page itself; `"true"` on a page within its section. */
export function NavLink({ href, section, onIntent, children }: NavLinkProps) {
  const [onPage] = useRoute(href);
  const [inSection] = useRoute(section ?? href);
  const current = onPage ? "page" : inSection ? "true" : undefined;
  return (
    <Link
      href={href}
      aria-current={current}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      className={classNames(
        "inline-flex min-h-11 items-center rounded-md px-3 font-semibold text-slate-100 hover:bg-slate-700",
        current && "bg-slate-700 text-white underline decoration-2 underline-offset-4",
        // The shared blue ring lacks contrast on the dark header.
        "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-white",
      )}
    >
      {children}
    </Link>
  );
}
