import type { Role } from "@permit-desk/schema";
import { NavLink } from "./nav-link.tsx";
import { auditPage, historyPage, preloadPage, usersPage, zonesPage } from "./pages.ts";

export function MainNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        <li>
          <NavLink href="/">Issue permit</NavLink>
        </li>
        <li>
          <NavLink href="/history" section="/history/*" onIntent={() => preloadPage(historyPage)}>
            History
          </NavLink>
        </li>
        {role === "admin" && (
          <>
            <li>
              <NavLink href="/users" onIntent={() => preloadPage(usersPage)}>
                Users
              </NavLink>
            </li>
            <li>
              <NavLink href="/zones" onIntent={() => preloadPage(zonesPage)}>
                Zones
              </NavLink>
            </li>
            <li>
              <NavLink href="/audit" onIntent={() => preloadPage(auditPage)}>
                Audit
              </NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
