import type { Role } from "@permit-desk/schema";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";
import { NavLink } from "./nav-link.tsx";
import {
  auditPage,
  historyPage,
  preloadPage,
  templatesPage,
  usersPage,
  zonesPage,
} from "./pages.ts";

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
