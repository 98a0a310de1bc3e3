import { defineMessages } from "../../lib/i18n/messages.ts";

/** The words of the plate echo and the plate warnings. */
export const plateSafetyMessages = defineMessages("plateSafety", {
  "en-CA": {
    zero: "zero",
    one: "one",
    two: "two",
    five: "five",
    eight: "eight",
    letter: "letter {{letter}}",
    digit: "digit {{name}}",
    /** How a screen reader hears the plate, e.g. "Plate: A, B, digit one, letter O, 3". */
    reading: "Plate: {{characters}}",
    characterSeparator: ", ",
    warningsLabel: "Plate checks",
    didYouMean:
      "Did you mean {{plate}}? It was issued here on {{date}} in {{zone}}. Check the vehicle.",
    usePlate: "Use {{plate}}",
    alreadyActive:
      "{{plate}} already has a permit valid now in {{zone}} until {{until}} (reference {{reference}}). You can still issue another.",
    maybeActive:
      "{{plate}} may already have a permit valid now in {{zone}} until {{until}}: OPSCOM has not confirmed it yet. You can still issue another.",
  },
  "fr-CA": {
    zero: "zéro",
    one: "un",
    two: "deux",
    five: "cinq",
    eight: "huit",
    letter: "lettre {{letter}}",
    digit: "chiffre {{name}}",
    reading: "Plaque : {{characters}}",
    characterSeparator: ", ",
    warningsLabel: "Vérifications de la plaque",
    didYouMean:
      "Vouliez-vous dire {{plate}} ? Cette plaque a reçu un permis ici le {{date}} dans la zone {{zone}}. Vérifiez le véhicule.",
    usePlate: "Utiliser {{plate}}",
    alreadyActive:
      "{{plate}} a déjà un permis valide en ce moment dans la zone {{zone}}, jusqu'à {{until}} (référence {{reference}}). Vous pouvez quand même en délivrer un autre.",
    maybeActive:
      "{{plate}} a peut-être déjà un permis valide en ce moment dans la zone {{zone}}, jusqu'à {{until}} : OPSCOM ne l'a pas encore confirmé. Vous pouvez quand même en délivrer un autre.",
  },
});
