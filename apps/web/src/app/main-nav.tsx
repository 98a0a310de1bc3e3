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
  templatesPage,
  usersPage,
  zonesPage,
} from "./pages.ts";

type NavLinkProps = {
  href: string;
  /** Further pages that belong to this link's section, such as a record of the history. */
  section?: string;
  onIntent?: () => void;
  children: ReactNode;
};

/** `aria-current="page"` on the page itself; `"true"` on a page within its section. */
function NavLink({ href, section, onIntent, children }: NavLinkProps) {
  const [onPage] = useRoute(href);
  const [inSection] = useRoute(section ?? href);
  const current = onPage ? "page" : inSection ? "true" : undefined;
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

export function MainNav({ role }: { role: Role }) {
  const t = useMessages(commonMessages);
  return (
    <nav aria-label={t("mainNav")}>
      <ul className="flex flex-wrap gap-1">
        <li>
          <NavLink href="/">{t("navIssue")}</NavLink>
        </li>
        <li>
          <NavLink href="/history" section="/history/*" onIntent={() => preloadPage(historyPage)}>
            {t("navHistory")}
          </NavLink>
        </li>
        {role !== "validator" && (
          <li>
            <NavLink href="/templates" onIntent={() => preloadPage(templatesPage)}>
              {t("navTemplates")}
            </NavLink>
          </li>
        )}
        {role === "admin" && (
          <>
            <li>
              <NavLink href="/users" onIntent={() => preloadPage(usersPage)}>
                {t("navUsers")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/zones" onIntent={() => preloadPage(zonesPage)}>
                {t("navZones")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/audit" onIntent={() => preloadPage(auditPage)}>
                {t("navAudit")}
              </NavLink>
            </li>
          </>
        )}
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
