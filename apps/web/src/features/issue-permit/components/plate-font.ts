// Atkinson Hyperlegible Mono tells 0 from O and 1 from I at a glance. Only the Latin subset, in
// the two weights used: plates are A–Z and 0–9. Imported here, so the font comes with the
// lazily loaded Issue page rather than the first screen.
import "@fontsource/atkinson-hyperlegible-mono/latin-400.css";
import "@fontsource/atkinson-hyperlegible-mono/latin-700.css";

export const plateFont = "font-[family-name:'Atkinson_Hyperlegible_Mono',ui-monospace,monospace]";
