import type { Role, StaffMember } from "@permit-desk/schema";
import type { ReactNode } from "react";
import { Link, useRoute } from "wouter";
import { classNames } from "../lib/class-names.ts";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";
import { roleMessages } from "../lib/roles.ts";
import { useSignOut } from "../lib/session.ts";
import { Disclosure, headerControlClassName } from "./layout.tsx";
import {
  auditPage,
  changePasswordPage,
  historyPage,
  listsPage,
  preloadPage,
  statusPage,
  templatesPage,
  usersPage,
  zonesPage,
} from "./pages.ts";

type NavLinkProps = {
  href: string;
  /** Further pages that belong to this link's section, such as a record of the history. */
  section?: string;
  /** The page whose download starts when the pointer or focus comes to the link. */
  page?: { preload: () => Promise<unknown> };
  children: ReactNode;
};

/** `aria-current="page"` on the page itself; `"true"` on a page within its section. */
function NavLink({ href, section, page, children }: NavLinkProps) {
  const [onPage] = useRoute(href);
  const [inSection] = useRoute(section ?? href);
  const current = onPage ? "page" : inSection ? "true" : undefined;
  const onIntent = page && (() => preloadPage(page));
  return (
    <Link
      href={href}
      aria-current={current}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      className={headerControlClassName("px-3 whitespace-nowrap xl:px-2 xl:text-sm", current)}
    >
      {children}
    </Link>
  );
}

type NavWord =
  | "navIssue"
  | "navHistory"
  | "navTemplates"
  | "navLists"
  | "navUsers"
  | "navZones"
  | "navAudit"
  | "navStatus";

/** The sections in the order shown; `roles`, when given, are the only ones that see a section. */
type Section = Omit<NavLinkProps, "children"> & { label: NavWord; roles?: Role[] };

const SECTIONS: readonly Section[] = [
  { href: "/", label: "navIssue" },
  { href: "/history", label: "navHistory", section: "/history/*", page: historyPage },
  { href: "/templates", label: "navTemplates", page: templatesPage, roles: ["admin", "manager"] },
  { href: "/lists", label: "navLists", page: listsPage, roles: ["admin", "manager"] },
  { href: "/users", label: "navUsers", page: usersPage, roles: ["admin"] },
  { href: "/zones", label: "navZones", page: zonesPage, roles: ["admin"] },
  { href: "/audit", label: "navAudit", page: auditPage, roles: ["admin"] },
  { href: "/status", label: "navStatus", page: statusPage, roles: ["admin"] },
];

export function MainNav({ role }: { role: Role }) {
  const t = useMessages(commonMessages);
  return (
    <nav aria-label={t("mainNav")}>
      <ul className="flex flex-col gap-1 xl:flex-row">
        {SECTIONS.filter(({ roles }) => roles?.includes(role) ?? true).map(({ label, ...link }) => (
          <li key={link.href}>
            <NavLink {...link}>{t(label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type SignedInMemberProps = { member: StaffMember; onSignedOut: () => void };

/**
 * Who is signed in, with their own account's actions: behind their name at the desk, to keep the
 * header to one row, and listed in the menu on a narrow screen.
 */
export function SignedInMember({ member, onSignedOut }: SignedInMemberProps) {
  const signOut = useSignOut({ onSignedOut });
  const t = useMessages(commonMessages);
  const roleName = useMessages(roleMessages);
  const who = (
    <span>
      <span className="block max-w-40 truncate font-semibold">{member.displayName}</span>{" "}
      <span className="block text-xs text-slate-300">({roleName(member.role)})</span>
    </span>
  );
  return (
    <Disclosure
      className="relative flex flex-col gap-1 xl:ml-auto"
      label={
        <>
          {who}
          <span aria-hidden="true">▾</span>
        </>
      }
      // In the narrow screen's menu the actions are listed under the name, with nothing to open:
      // the button, and so an open list, is for the desk's width alone.
      buttonClassName={classNames(
        headerControlClassName("gap-2 px-2 text-left text-sm"),
        "max-xl:hidden",
      )}
      panelClassName={(open) =>
        classNames(
          "flex flex-col gap-1",
          open
            ? "absolute top-full right-0 z-20 mt-1 w-max rounded-md bg-slate-900 p-2 ring-1 ring-slate-600"
            : "xl:hidden",
        )
      }
    >
      <p className="px-3 text-sm xl:hidden">{who}</p>
      <Link
        href="/password"
        className={headerControlClassName("px-3")}
        onFocus={() => preloadPage(changePasswordPage)}
        onPointerEnter={() => preloadPage(changePasswordPage)}
      >
        {t("changeMyPassword")}
      </Link>
      <button
        type="button"
        className={headerControlClassName("px-3")}
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t("signOut")}
      </button>
    </Disclosure>
  );
}
