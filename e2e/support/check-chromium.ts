import { findChromium } from "./chromium.ts";

if (!findChromium().found) {
  process.stderr.write(
    [
      "No Chromium found for the end-to-end tests.",
      "Install one, then run npm test again:",
      "  Debian/Ubuntu:  sudo apt-get install -y chromium",
      "  or set CHROMIUM_PATH to a Chromium or Chrome executable",
      "  or let Playwright fetch its own: npx playwright install chromium",
      "",
    ].join("\n"),
  );
  process.exit(1);
}
