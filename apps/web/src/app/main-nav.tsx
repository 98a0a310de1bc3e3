import { NavLink } from "./nav-link.tsx";
import { historyPage } from "./pages.ts";

function preloadHistory() {
  historyPage.preload().catch(() => undefined);
}

export function MainNav() {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        <li>
          <NavLink href="/">Issue permit</NavLink>
        </li>
        <li>
          <NavLink href="/history" section="/history/*" onIntent={preloadHistory}>
            History
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
