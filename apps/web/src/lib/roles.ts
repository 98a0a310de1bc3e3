import { defineMessages } from "./i18n/messages.ts";

/** Each role in words, keyed by the role itself: `t(member.role)`. */
export const roleMessages = defineMessages("roles", {
  "en-CA": { admin: "Administrator", manager: "Manager", validator: "Validator" },
  "fr-CA": { admin: "Administrateur", manager: "Gestionnaire", validator: "Validateur" },
});
