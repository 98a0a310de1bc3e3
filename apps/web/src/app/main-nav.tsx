import type { Role, StaffMember } from "@permit-desk/schema";
import { type ReactNode, useId, useRef, useState } from "react";
import { Link, useRoute } from "wouter";
import { classNames } from "../lib/class-names.ts";
import { defineMessages, useMessages } from "../lib/i18n/messages.ts";
import { roleMessages } from "../lib/roles.ts";
import { useSignOut } from "../lib/session.ts";
import { headerControlClassName } from "./layout.tsx";
import {
  auditPage,
  changePasswordPage,
  dayPage,
  historyPage,
  listsPage,
  preloadPage,
  statusPage,
  templatesPage,
  usersPage,
  zonesPage,
} from "./pages.ts";

/** The signed-in header's words: they load with it, never with the signed-out screens. */
const headerMessages = defineMessages("header", {
  "en-CA": {
    mainNav: "Main",
    menu: "Menu",
    navToday: "Today",
    navIssue: "Issue permit",
    navHistory: "History",
    navLists: "Lists",
    navTemplates: "Templates",
    navUsers: "Users",
    navZones: "Zones",
    navAudit: "Audit",
    navStatus: "Status",
    changeMyPassword: "Change my password",
    signOut: "Sign out",
  },
  "fr-CA": {
    mainNav: "Principale",
    menu: "Menu",
    navToday: "Aujourd'hui",
    navIssue: "Émettre un permis",
    navHistory: "Historique",
    navLists: "Listes",
    navTemplates: "Modèles",
    navUsers: "Utilisateurs",
    navZones: "Zones",
    navAudit: "Audit",
    navStatus: "État",
    changeMyPassword: "Changer mon mot de passe",
    signOut: "Se déconnecter",
  },
});

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
  | "navToday"
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
  { href: "/today", label: "navToday", page: dayPage, roles: ["admin", "manager"] },
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
  const t = useMessages(headerMessages);
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
  const t = useMessages(headerMessages);
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

type DisclosureProps = {
  /** What the button says; the button's look where it shows (`hidden` where it does not). */
  label: ReactNode;
  buttonClassName: string;
  /** The panel's classes when open and when closed, as it may always show on wider screens. */
  panelClassName: (open: boolean) => string;
  className: string;
  children: ReactNode;
};

/**
 * A button that shows and hides what follows it (the header's menu, a member's own actions),
 * keyboard and screen-reader friendly: Escape, or following a link in it, closes it.
 */
export function Disclosure({
  label,
  buttonClassName,
  panelClassName,
  className,
  children,
}: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and links close it from anywhere in it.
    <div
      className={className}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("a")) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={buttonClassName}
      >
        {label}
      </button>
      <div id={panelId} className={panelClassName(open)}>
        {children}
      </div>
    </div>
  );
}

type SignedInHeaderProps = { member: StaffMember; onSignedOut: () => void };

/**
 * The sections and the member's own actions, in one row at the desk's width; below 1280 px they
 * go behind a Menu button. In a chunk of its own: the signed-out screens never load it.
 */
export function SignedInHeader({ member, onSignedOut }: SignedInHeaderProps) {
  const t = useMessages(headerMessages);
  return (
    <Disclosure
      className="flex items-center xl:flex-1"
      label={
        <>
          <span aria-hidden="true">☰</span>
          {t("menu")}
        </>
      }
      buttonClassName={classNames(headerControlClassName("gap-2 px-3"), "xl:hidden")}
      panelClassName={(open) =>
        classNames(
          "xl:flex xl:flex-1 xl:items-center xl:gap-4",
          open
            ? "max-xl:absolute max-xl:inset-x-0 max-xl:top-full max-xl:z-20 max-xl:flex max-xl:flex-col max-xl:gap-3 max-xl:bg-slate-900 max-xl:px-4 max-xl:py-3"
            : "max-xl:hidden",
        )
      }
    >
      <MainNav role={member.role} />
      <SignedInMember member={member} onSignedOut={onSignedOut} />
    </Disclosure>
  );
}
