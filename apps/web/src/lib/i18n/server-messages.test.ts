/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  amountSchema,
  changeReconciliationInputSchema,
  currencySchema,
  firstAdminSchema,
  historyQuerySchema,
  instantSchema,
  newUserSchema,
  OPSCOM_ERROR_CODES,
  passwordChangeSchema,
  passwordResetSchema,
  passwordSchema,
  permitChangeInputSchema,
  permitDraftSchema,
  permitNumberSchema,
  plateSchema,
  reconciliationInputSchema,
  roleSchema,
  signInSchema,
  templateChangeSchema,
  templateInputSchema,
  userChangeSchema,
  usernameSchema,
  validityDurationSchema,
  validityIssues,
  zoneChangeSchema,
  zoneInputSchema,
  zoneSchema,
} from "@permit-desk/schema";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isKnownServerText, translateServerText } from "./server-messages.ts";

type Parser = { safeParse(input: unknown): { success: boolean; error?: unknown } };

const long = (length: number) => "x".repeat(length);
const draft = {
  plate: "AB123",
  zone: "Lot 4",
  validFrom: "2026-07-15T10:00:00-04:00",
  validUntil: "2026-07-15T12:00:00-04:00",
};

/**
 * Everything a person can get wrong in each field, and what a client could send instead of it.
 * Inputs no form can produce and that the schemas leave to zod's own English (a boolean sent as
 * text, an unknown key) are not here: those read as they came.
 */
const BAD_INPUTS: ReadonlyArray<readonly [name: string, schema: Parser, inputs: unknown[]]> = [
  ["plateSchema", plateSchema, [undefined, 5, "", " - ", long(26), "AB#1", "ÉTÉ1"]],
  ["zoneSchema", zoneSchema, [undefined, 5, "", "   ", long(201)]],
  ["permitNumberSchema", permitNumberSchema, [long(51)]],
  ["amountSchema", amountSchema, [undefined, 5, "", "abc", "1.234", "0", "0.00", "1000000", "-1"]],
  ["currencySchema", currencySchema, [undefined, 5, "", "CA", "C4D", "CADX"]],
  ["instantSchema", instantSchema, [undefined, "", "tomorrow", "2026-07-15T10:00"]],
  [
    "permitDraftSchema",
    permitDraftSchema,
    [
      {},
      { ...draft, validUntil: draft.validFrom },
      { ...draft, plate: "", zone: "", validFrom: "soon", validUntil: "later" },
      { ...draft, amount: 5, currency: 5, permitNo: 5 },
      { ...draft, amount: "0", currency: "dollars", permitNo: long(51) },
      { ...draft, amount: "1.234", validUntil: "2026-07-15T09:00:00-04:00" },
    ],
  ],
  [
    "validityDurationSchema",
    validityDurationSchema,
    [
      { kind: "hours", hours: 1.5 },
      { kind: "hours", hours: 0 },
      { kind: "hours", hours: 721 },
      { kind: "days", days: 1.5 },
      { kind: "days", days: 0 },
      { kind: "days", days: 31 },
      { kind: "nextDayAt", time: "9:00" },
      { kind: "nextDayAt", time: 900 },
      { kind: "nextDayAt", time: "24:00" },
    ],
  ],
  ["roleSchema", roleSchema, [undefined, "owner", 5]],
  ["usernameSchema", usernameSchema, [undefined, 5, "", "   ", long(65), "ana smith", "ana!"]],
  ["passwordSchema", passwordSchema, [undefined, 5, "", "short", long(257)]],
  [
    "signInSchema",
    signInSchema,
    [{}, { username: "", password: "" }, { username: 5, password: 5 }],
  ],
  [
    "firstAdminSchema",
    firstAdminSchema,
    [
      {},
      { username: "", displayName: "", password: "" },
      { username: "ana", displayName: long(101), password: "short" },
      { username: "ana", displayName: 5, password: 5 },
    ],
  ],
  [
    "passwordChangeSchema",
    passwordChangeSchema,
    [
      { currentPassword: "", newPassword: "" },
      { currentPassword: "old", newPassword: long(257) },
    ],
  ],
  [
    "newUserSchema",
    newUserSchema,
    [
      { username: "", displayName: "", role: "owner", zones: [], password: "" },
      { username: "a b", displayName: "  ", zones: [], password: "short" },
    ],
  ],
  [
    "userChangeSchema",
    userChangeSchema,
    [{ displayName: "", role: "owner" }, { displayName: long(101) }],
  ],
  ["passwordResetSchema", passwordResetSchema, [{}, { password: "" }, { password: long(257) }]],
  [
    "zoneInputSchema",
    zoneInputSchema,
    [
      {},
      { name: "" },
      { name: "  " },
      { name: long(201) },
      { name: 5 },
      { name: "Lot\u200b4" },
      { name: "Lot\t4" },
      { name: "Lot\u00a04" },
      { name: "Lot \ue0004" },
      { name: "L\u043et 4" },
      { name: "Lot \u10d04" },
      { name: "\uff2cot 4" },
      { name: "Lot  4" },
    ],
  ],
  ["zoneChangeSchema", zoneChangeSchema, [{ name: "" }, { name: long(201) }]],
  [
    "historyQuerySchema",
    historyQuerySchema,
    [{ plate: long(26), state: "lost", limit: "abc", validFrom: "yesterday", validTo: "today" }],
  ],
  [
    "templateInputSchema",
    templateInputSchema,
    [
      null,
      [],
      { foo: 1 },
      { name: "", zone: "", duration: { kind: "hours", hours: 0 }, amount: "abc", currency: "x" },
      { name: 5, zone: "Lot 4", duration: { kind: "days", days: 31 }, permitNumberPattern: 5 },
      { name: long(61), zone: "Lot 4", duration: { kind: "endOfDay" }, amount: "5" },
      {
        name: "Guest",
        zone: "Lot 4",
        duration: { kind: "endOfDay" },
        permitNumberPattern: "{date}",
      },
      {
        name: "Guest",
        zone: "Lot 4",
        duration: { kind: "endOfDay" },
        permitNumberPattern: "L4-{plate",
      },
      {
        name: "Guest",
        zone: "Lot 4",
        duration: { kind: "endOfDay" },
        permitNumberPattern: "L4-plate}",
      },
      {
        name: "Guest",
        zone: "Lot 4",
        duration: { kind: "endOfDay" },
        permitNumberPattern: "L4-{yyyy}{mm}{dd}-{plate}-{plate}",
      },
    ],
  ],
  [
    "templateChangeSchema",
    templateChangeSchema,
    [
      null,
      { bar: 1, baz: 2 },
      { active: "yes" },
      { position: "1" },
      { position: 1.5 },
      { position: -1 },
      { position: 10000 },
    ],
  ],
  [
    "permitChangeInputSchema",
    permitChangeInputSchema,
    [
      null,
      {},
      { action: "extend" },
      { action: "void" },
      { action: "void", reason: "  ", extra: 1 },
      { action: "void", reason: long(501) },
      { action: "update", reason: "x" },
      { action: "update", reason: "x", changes: [] },
      { action: "update", reason: "x", changes: {} },
      { action: "update", reason: "x", changes: { amount: "1.00" } },
      { action: "update", reason: "x", changes: { plate: "", zone: "", validFrom: "soon" } },
      { action: "update", reason: "x", changes: { permitNo: " " } },
      { action: "update", reason: "x", changes: { permitNo: long(51) } },
      { action: "update", reason: 5, changes: { permitNo: 5 } },
    ],
  ],
  [
    "changeReconciliationInputSchema",
    changeReconciliationInputSchema,
    [null, {}, { finding: "maybe" }, { finding: "applied", note: long(1001), by: "me" }],
  ],
  [
    "reconciliationInputSchema",
    reconciliationInputSchema,
    [
      {},
      { finding: "maybe" },
      { finding: "exists" },
      { finding: "exists", referenceId: "" },
      { finding: "exists", referenceId: long(101), note: long(1001) },
      { finding: "absent", note: long(1001) },
    ],
  ],
];

function issueMessages(error: unknown): string[] {
  if (typeof error !== "object" || error === null || !("issues" in error)) return [];
  const { issues } = error;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) =>
    typeof issue === "object" && issue !== null && "message" in issue
      ? [String(issue.message)]
      : [],
  );
}

function schemaMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, schema, inputs] of BAD_INPUTS) {
    for (const input of inputs) {
      const result = schema.safeParse(input);
      expect(result.success, `${name} accepts ${JSON.stringify(input)}`).toBe(false);
      for (const message of issueMessages(result.error)) found.set(message, name);
    }
  }
  return found;
}

const bffSource = fileURLToPath(new URL("../../../../bff/src/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Stands in for what a message names at run time: a zone, a username, a code. */
const SAMPLE = "Lot 4";

/** The texts an expression can be: literals, both sides of `?:` and `??`, templates filled in. */
function textsOf(node: ts.Expression, constants: ReadonlyMap<string, ts.Expression>): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression, constants);
  if (ts.isConditionalExpression(node)) {
    return [...textsOf(node.whenTrue, constants), ...textsOf(node.whenFalse, constants)];
  }
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
  ) {
    return textsOf(node.right, constants);
  }
  if (ts.isIdentifier(node)) {
    const value = constants.get(node.text);
    return value === undefined ? [] : textsOf(value, constants);
  }
  if (ts.isTemplateExpression(node)) {
    let texts = [node.head.text];
    for (const span of node.templateSpans) {
      const parts = textsOf(span.expression, constants);
      const options = parts.length > 0 ? parts : [SAMPLE];
      texts = texts.flatMap((text) => options.map((part) => text + part + span.literal.text));
    }
    return texts;
  }
  return [];
}

/** The expressions one can stand for: both sides of `?:`, a constant's value, itself. */
function alternativesOf(
  node: ts.Expression | undefined,
  constants: ReadonlyMap<string, ts.Expression>,
): ts.Expression[] {
  if (node === undefined) return [];
  if (ts.isParenthesizedExpression(node)) return alternativesOf(node.expression, constants);
  if (ts.isConditionalExpression(node)) {
    return [
      ...alternativesOf(node.whenTrue, constants),
      ...alternativesOf(node.whenFalse, constants),
    ];
  }
  if (ts.isIdentifier(node)) return alternativesOf(constants.get(node.text), constants);
  return [node];
}

/** The messages a `fieldErrors` expression can hold: `{ field: [message, …] }`, named or not. */
function fieldErrorTexts(
  node: ts.Expression,
  constants: ReadonlyMap<string, ts.Expression>,
): string[] {
  return alternativesOf(node, constants).flatMap((fieldErrors) =>
    ts.isObjectLiteralExpression(fieldErrors)
      ? fieldErrors.properties.flatMap((property) =>
          ts.isPropertyAssignment(property) && ts.isArrayLiteralExpression(property.initializer)
            ? property.initializer.elements.flatMap((element) => textsOf(element, constants))
            : [],
        )
      : [],
  );
}

/**
 * What the BFF says to the browser, read from its source: the messages of `sendError` and
 * `apiError`, field errors it writes itself, and the refusals of accounts, passwords and OPSCOM.
 */
function bffMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of sourceFiles(bffSource)) {
    const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest);
    const where = path.slice(bffSource.length);
    const refusals =
      /^(accounts|auth\/password-policy|opscom\/field-errors|permits\/change-(rules|response))/.test(
        where,
      );
    const constants = new Map<string, ts.Expression>();
    const collect = (node: ts.Expression | undefined) => {
      if (node === undefined) return;
      for (const text of textsOf(node, constants)) found.set(text, where);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        constants.set(node.name.text, node.initializer);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const callee = node.expression.text;
        const collectFieldErrors = (fieldErrors: ts.Expression | undefined) => {
          if (fieldErrors === undefined) return;
          for (const text of fieldErrorTexts(fieldErrors, constants)) found.set(text, where);
        };
        if (callee === "sendError") collect(node.arguments[3]);
        if (callee === "apiError") {
          collect(node.arguments[1]);
          for (const extra of alternativesOf(node.arguments[2], constants)) {
            if (!ts.isObjectLiteralExpression(extra)) continue;
            for (const property of extra.properties) {
              if (property.name?.getText(file) !== "fieldErrors") continue;
              if (ts.isPropertyAssignment(property)) collectFieldErrors(property.initializer);
              if (ts.isShorthandPropertyAssignment(property)) collectFieldErrors(property.name);
            }
          }
        }
        if (callee === "invalid") collectFieldErrors(node.arguments[0]);
      }
      if (refusals) {
        if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
          collect(node.arguments[0]);
        }
        if (ts.isNewExpression(node) && node.expression.getText(file) === "RangeError") {
          collect(node.arguments?.[0]);
        }
        if (ts.isReturnStatement(node)) collect(node.expression);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

function untranslated(messages: ReadonlyMap<string, string>): string[] {
  return [...messages]
    .filter(([message]) => translateServerText(message, "fr-CA") === message)
    .map(([message, source]) => `${source}: ${message}`);
}

describe("translateServerText", () => {
  it("has French for every message the shared schemas give for bad input", () => {
    const messages = schemaMessages();
    expect(messages.size).toBeGreaterThan(40);
    expect(untranslated(messages)).toEqual([]);
  });

  it("has French for every message the BFF writes out itself", () => {
    const messages = bffMessages();
    expect(messages.size).toBeGreaterThan(30);
    expect([...messages.keys()]).toContain("Permit Desk already has an administrator.");
    expect(untranslated(messages)).toEqual([]);
  });

  it("has French for every way a validity leaves the site's bounds, whatever the bounds", () => {
    const messages = new Map<string, string>();
    const now = new Date("2026-07-15T12:00:00Z");
    for (const bound of [1, 7, 24, 30, 365, 3_660]) {
      const bounds = { maxPastHours: bound, maxAheadDays: bound, maxPermitDays: bound };
      const judged = [
        ["0000-01-01T00:00:00Z", "9999-12-31T23:59:00Z"],
        ["9999-01-01T00:00:00Z", "9999-01-02T00:00:00Z"],
      ].flatMap(([validFrom = "", validUntil = ""]) =>
        validityIssues({ validFrom, validUntil }, { bounds, now, siteTimeZone: "UTC" }),
      );
      for (const { message } of judged) messages.set(message, "validityIssues");
    }
    expect(messages.size).toBe(18);
    expect(untranslated(messages)).toEqual([]);
  });

  it("has French for every OPSCOM error code's meaning", () => {
    const meanings = new Map(Object.values(OPSCOM_ERROR_CODES).map((text) => [text, "OPSCOM"]));
    expect(untranslated(meanings)).toEqual([]);
  });

  it("leaves English as it is", () => {
    expect(translateServerText("Enter the licence plate.", "en-CA")).toBe(
      "Enter the licence plate.",
    );
  });

  it("translates messages the BFF joined with spaces, one of them two sentences long", () => {
    expect(
      translateServerText(
        "Enter a username. Use at least 12 characters. A few words in a row make a good password.",
        "fr-CA",
      ),
    ).toBe(
      "Entrez un nom d'utilisateur. Utilisez au moins 12 caractères. Quelques mots à la suite font un bon mot de passe.",
    );
  });

  it("names the field or query parameter that holds a character Permit Desk does not accept", () => {
    const such = "a character Permit Desk does not accept, such as an invisible control character.";
    expect(translateServerText(`The field "changes.plate" has ${such}`, "fr-CA")).toBe(
      "Le champ « changes.plate » contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible.",
    );
    expect(translateServerText(`The query parameter "zone" has ${such}`, "fr-CA")).toBe(
      "Le paramètre de requête « zone » contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible.",
    );
    expect(translateServerText("The request body nests more than 32 levels deep.", "fr-CA")).toBe(
      "Le corps de la demande est imbriqué sur plus de 32 niveaux.",
    );
  });

  it("keeps what a message names, and OPSCOM's own words, as they came", () => {
    expect(translateServerText('The username "ana" is already taken.', "fr-CA")).toBe(
      "Le nom d'utilisateur « ana » est déjà pris.",
    );
    expect(
      translateServerText(
        "OPSCOM refused the permit (9006): The licence plate is required.",
        "fr-CA",
      ),
    ).toBe("OPSCOM a refusé le permis (9006) : La plaque d'immatriculation est requise.");
    expect(translateServerText("OPSCOM refused the permit (9017): Plate is banned.", "fr-CA")).toBe(
      "OPSCOM a refusé le permis (9017) : Plate is banned.",
    );
  });

  it("writes the start of a closed change window as French writes a time of day", () => {
    const window = (start: string) =>
      translateServerText(
        `You can change your own permits until 15 minutes after they start; this one started at ${start}. Ask a manager.`,
        "fr-CA",
      );
    expect(window("14:47")).toContain(
      "jusqu'à 15 minutes après leur début; celui-ci a commencé à 14 h 47.",
    );
    expect(window("2026-07-01 10:02")).toContain("a commencé le 2026-07-01 à 10 h 02.");
  });

  it("gives a text it does not know back in English", () => {
    expect(translateServerText("Something nobody wrote down.", "fr-CA")).toBe(
      "Something nobody wrote down.",
    );
    expect(translateServerText("Enter a name. Something nobody wrote down.", "fr-CA")).toBe(
      "Enter a name. Something nobody wrote down.",
    );
  });
});

describe("the details of an outcome OPSCOM did not confirm", () => {
  const details: ReadonlyArray<readonly [english: string, french: string]> = [
    ["HTTP 500, not a JSON object", "HTTP 500 : la réponse n'est pas un objet JSON"],
    [
      "HTTP 200, no usable reference_id",
      "HTTP 200 : la réponse n'a pas de reference_id utilisable",
    ],
    ["no answer within 10000 ms", `aucune réponse en ${(10_000).toLocaleString("fr-CA")} ms`],
    [
      "interrupted before OPSCOM's answer was recorded",
      "interrompu avant que la réponse d'OPSCOM soit consignée",
    ],
    ["ECONNREFUSED (1 attempt)", "ECONNREFUSED (1 tentative)"],
    ["ECONNREFUSED (3 attempts)", "ECONNREFUSED (3 tentatives)"],
    ["deadline passed before sending (2 attempts)", "délai écoulé avant l'envoi (2 tentatives)"],
  ];

  it.each(details)("reads %j in French", (english, french) => {
    expect(translateServerText(english, "fr-CA")).toBe(french);
    expect(isKnownServerText(english)).toBe(true);
  });

  it("knows which texts it has no words for, to show them as recorded", () => {
    expect(isKnownServerText("ECONNRESET")).toBe(false);
    expect(isKnownServerText("Plate is banned.")).toBe(false);
    expect(isKnownServerText(OPSCOM_ERROR_CODES[9006])).toBe(true);
  });
});
