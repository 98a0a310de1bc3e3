import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type Manifest, screenBundles, screenFiles } from "./check-bundle-size.mjs";

// The shape Vite writes: the entry under index.html, lazily loaded pages under their source,
// shared chunks under an underscore name. The sign-in page shares `_form` with the issue page.
const manifest: Manifest = {
  "index.html": { file: "assets/index-1.js", css: ["assets/index-1.css"], imports: ["_react.js"] },
  "_react.js": { file: "assets/react-1.js" },
  "_form.js": { file: "assets/form-1.js", imports: ["_react.js", "index.html"] },
  "_qr.js": { file: "assets/qr-1.js" },
  "src/app/main-nav.tsx": { file: "assets/main-nav-1.js", imports: ["index.html", "_menu.js"] },
  "_menu.js": { file: "assets/menu-1.js" },
  "src/features/auth/sign-in-page.tsx": {
    file: "assets/sign-in-page-1.js",
    imports: ["index.html", "_form.js"],
  },
  "src/features/issue-permit/components/issue-permit-page.tsx": {
    file: "assets/issue-permit-page-1.js",
    css: ["assets/issue-permit-page-1.css"],
    imports: ["index.html", "_form.js", "_qr.js"],
  },
  "src/features/auth/first-admin-page.tsx": {
    file: "assets/first-admin-page-1.js",
    imports: ["index.html"],
  },
};

describe("screenFiles", () => {
  it("counts the entry, the page and every chunk either imports, each once", () => {
    expect(screenFiles(manifest, "src/features/auth/sign-in-page.tsx")).toEqual({
      scripts: [
        "assets/index-1.js",
        "assets/react-1.js",
        "assets/sign-in-page-1.js",
        "assets/form-1.js",
      ],
      styles: ["assets/index-1.css"],
    });
  });

  it("leaves out the chunks only another page imports", () => {
    const signIn = screenFiles(manifest, "src/features/auth/sign-in-page.tsx").scripts;
    expect(signIn).not.toContain("assets/issue-permit-page-1.js");
    expect(signIn).not.toContain("assets/qr-1.js");
  });

  it("counts the lazily loaded chunks a screen always shows, and what they import", () => {
    const issue = screenFiles(
      manifest,
      "src/features/issue-permit/components/issue-permit-page.tsx",
      ["src/app/main-nav.tsx"],
    ).scripts;
    expect(issue).toContain("assets/main-nav-1.js");
    expect(issue).toContain("assets/menu-1.js");
    expect(screenFiles(manifest, "src/features/auth/sign-in-page.tsx").scripts).not.toContain(
      "assets/main-nav-1.js",
    );
  });

  it("refuses a page the build did not produce", () => {
    expect(() => screenFiles(manifest, "src/features/auth/missing-page.tsx")).toThrow(
      "The build's manifest has no src/features/auth/missing-page.tsx.",
    );
  });
});

describe("screenBundles", () => {
  it("sums each screen's gzipped scripts from a built folder's manifest", () => {
    const dist = mkdtempSync(join(tmpdir(), "bundle-size-"));
    mkdirSync(join(dist, ".vite"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, ".vite", "manifest.json"), JSON.stringify(manifest));
    const contents = new Map<string, string>();
    for (const [key, chunk] of Object.entries(manifest)) {
      for (const file of [chunk.file, ...(chunk.css ?? [])]) {
        const content = `/* ${key} */ ${"x".repeat(2000 + contents.size * 3000)}`;
        contents.set(file, content);
        writeFileSync(join(dist, file), content);
      }
    }
    const kb = (files: string[]) =>
      files.reduce(
        (sum, file) => sum + gzipSync(contents.get(file) ?? "", { level: 9 }).length,
        0,
      ) / 1024;

    const [signIn, firstRun, issue] = screenBundles(dist);
    expect(signIn?.name).toBe("Sign-in (signed out)");
    expect(signIn?.scripts).toEqual({
      files: 4,
      kb: kb([
        "assets/index-1.js",
        "assets/react-1.js",
        "assets/sign-in-page-1.js",
        "assets/form-1.js",
      ]),
    });
    expect(firstRun?.scripts.files).toBe(3);
    expect(issue?.name).toBe("Issue permit (signed in)");
    // Its page's five and the signed-in header's two.
    expect(issue?.scripts.files).toBe(7);
    expect(issue?.styles).toEqual({
      files: 2,
      kb: kb(["assets/index-1.css", "assets/issue-permit-page-1.css"]),
    });
  });
});
