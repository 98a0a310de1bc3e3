/**
 * What a zone name may hold. OPSCOM matches a permit's zone to its Parking Zone Administration
 * character for character, and a name that looks right but is not (a zero-width space, a
 * Cyrillic "о" in a Latin name, a no-break space) becomes a disconnected record there. Kept
 * apart from the other account schemas so that the web app's first script does not carry it.
 */
import * as z from "zod/mini";
import { ZONE_MAX_LENGTH } from "./draft.ts";
import { codePointOf } from "./plate.ts";
import { type Problem, problem, problemAsText } from "./problems.ts";

export type ZoneNameProblem =
  | { kind: "empty" }
  | { kind: "too_long"; max: number }
  | {
      kind:
        | "control"
        | "invisible"
        | "special_space"
        | "unassigned"
        | "compatibility_form"
        | "repeated_space";
      /** 1-based, counted in characters as a person counts them (code points). */
      position: number;
      codePoint: string;
    }
  | { kind: "mixed_scripts"; position: number; character: string; script: string; first: string };

// Tab, NUL, line breaks and the other C0/C1 controls, and the line and paragraph separators.
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
// Zero-width spaces and joiners, bidirectional overrides, soft hyphens, byte-order marks, variation
// selectors and other characters that show nothing but change what OPSCOM receives.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
// A no-break, thin, ideographic… space reads as a space and is not one.
const SPECIAL_SPACE = /[^\S ]|\p{Zs}/u;
const UNASSIGNED = /[\p{Cn}\p{Co}\p{Cs}]/u;

/** Scripts a site's zones are likely written in, by the name the message gives them. */
const SCRIPTS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Han", /\p{Script=Han}/u],
  ["Hiragana", /\p{Script=Hiragana}/u],
  ["Katakana", /\p{Script=Katakana}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Bopomofo", /\p{Script=Bopomofo}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
  ["Canadian Aboriginal", /\p{Script=Canadian_Aboriginal}/u],
];
// Digits, punctuation and combining marks belong to whichever script they are written with.
const ANY_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

// Scripts that are written together (Unicode's "highly restrictive" level, UTS #39 §5.2).
const WRITTEN_TOGETHER: ReadonlyArray<ReadonlySet<string>> = [
  new Set(["Latin", "Han", "Hiragana", "Katakana"]),
  new Set(["Latin", "Han", "Bopomofo"]),
  new Set(["Latin", "Han", "Hangul"]),
];

function scriptOf(character: string): string | undefined {
  if (ANY_SCRIPT.test(character)) return undefined;
  return SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? "another script";
}

function mayBeWrittenTogether(scripts: ReadonlySet<string>): boolean {
  if (scripts.size <= 1) return true;
  return WRITTEN_TOGETHER.some((allowed) => [...scripts].every((script) => allowed.has(script)));
}

/** A zone name as stored and sent: NFC, without spaces at either end. */
export function normalizeZoneName(raw: string): string {
  return raw.normalize("NFC").trim();
}

/** What is wrong with a normalised zone name, or undefined when OPSCOM can match it as is. */
export function zoneNameProblem(name: string): ZoneNameProblem | undefined {
  const characters = [...name];
  if (characters.length === 0) return { kind: "empty" };
  if (characters.length > ZONE_MAX_LENGTH) return { kind: "too_long", max: ZONE_MAX_LENGTH };
  const scripts = new Set<string>();
  let first: string | undefined;
  for (const [index, character] of characters.entries()) {
    const at = { position: index + 1, codePoint: codePointOf(character) };
    if (CONTROL.test(character)) return { kind: "control", ...at };
    if (INVISIBLE.test(character)) return { kind: "invisible", ...at };
    if (character !== " " && SPECIAL_SPACE.test(character)) return { kind: "special_space", ...at };
    if (UNASSIGNED.test(character)) return { kind: "unassigned", ...at };
    // Full-width "Ｌ", mathematical "𝐋", ligatures: each looks like, but is not, what OPSCOM holds.
    if (character.normalize("NFKC") !== character) return { kind: "compatibility_form", ...at };
    if (character === " " && characters[index - 1] === " ")
      return { kind: "repeated_space", ...at };
    const script = scriptOf(character);
    if (script === undefined) continue;
    first ??= script;
    scripts.add(script);
    if (!mayBeWrittenTogether(scripts)) {
      return { kind: "mixed_scripts", position: index + 1, character, script, first };
    }
  }
  return undefined;
}

/** The problem as the form and the BFF report it (the web app words it). */
export function zoneNameProblemOf(found: ZoneNameProblem): Problem {
  switch (found.kind) {
    case "empty":
      return problem("zone_name_required");
    case "too_long":
      return problem("zone_name_too_long", { max: found.max });
    case "control":
      return problem("zone_name_control_character", located(found));
    case "invisible":
      return problem("zone_name_invisible_character", located(found));
    case "special_space":
      return problem("zone_name_special_space", located(found));
    case "unassigned":
      return problem("zone_name_unassigned_character", located(found));
    case "compatibility_form":
      return problem("zone_name_compatibility_form", located(found));
    case "repeated_space":
      return problem("zone_name_repeated_space", { position: found.position });
    case "mixed_scripts": {
      const { character, position, script, first } = found;
      return problem("zone_name_mixed_scripts", { character, position, script, first });
    }
  }
}

const located = (found: { codePoint: string; position: number }) => ({
  codePoint: found.codePoint,
  position: found.position,
});

/**
 * What two zone names share when they differ only in capitals ("lot 4", "Lot 4"): one zone.
 * Upper then lower case folds ß with ss and final ς with σ, as Unicode's full case folding does.
 */
export function zoneNameKey(name: string): string {
  return normalizeZoneName(name).toUpperCase().toLowerCase();
}

/**
 * A zone's name as an administrator types it: NFC, trimmed, and only what OPSCOM can match
 * (see `zoneNameProblem`). Sent to OPSCOM exactly as this gives it.
 */
export const zoneNameSchema = z.string({ error: () => "zone_name_required" }).check(
  z.overwrite(normalizeZoneName),
  z.superRefine((name, context) => {
    const problem = zoneNameProblem(name);
    if (problem !== undefined)
      context.addIssue({ code: "custom", message: problemAsText(zoneNameProblemOf(problem)) });
  }),
);

/** `POST /api/zones` and `PATCH /api/zones/:id`. */
export const zoneInputSchema = z.object({
  name: zoneNameSchema,
  active: z.optional(z.boolean()),
});
export const zoneChangeSchema = z.strictObject({
  name: z.optional(zoneInputSchema.shape.name),
  active: z.optional(z.boolean()),
});
