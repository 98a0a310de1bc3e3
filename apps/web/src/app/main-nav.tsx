import type { Role, StaffMember } from "@permit-desk/schema";
import type { ReactNode } from "react";
import { Link, useRoute } from "wouter";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";
import { roleMessages } from "../lib/roles.ts";
import { useSignOut } from "../lib/session.ts";
import { headerControlClassName } from "./layout.tsx";
import {
  auditPage,
  changePasswordPage,
  historyPage,
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
      className={headerControlClassName("px-3", current)}
    >
      {children}
    </Link>
  );
}

type NavWord =
  | "navIssue"
  | "navHistory"
  | "navTemplates"
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
  { href: "/users", label: "navUsers", page: usersPage, roles: ["admin"] },
  { href: "/zones", label: "navZones", page: zonesPage, roles: ["admin"] },
  { href: "/audit", label: "navAudit", page: auditPage, roles: ["admin"] },
  { href: "/status", label: "navStatus", page: statusPage, roles: ["admin"] },
];

export function MainNav({ role }: { role: Role }) {
  const t = useMessages(commonMessages);
  return (
    <nav aria-label={t("mainNav")}>
      <ul className="flex flex-wrap gap-1">
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

/** Who is signed in, as the header shows them, with their own account's actions. */
export function SignedInMember({ member, onSignedOut }: SignedInMemberProps) {
  const signOut = useSignOut({ onSignedOut });
  const t = useMessages(commonMessages);
  const roleName = useMessages(roleMessages);
  return (
    <div className="ml-auto flex flex-wrap items-center gap-x-2">
      <p className="text-sm">
        <span className="font-semibold">{member.displayName}</span>{" "}
        <span className="text-slate-300">({roleName(member.role)})</span>
      </p>
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
    </div>
  );
}
