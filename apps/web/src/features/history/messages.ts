import type { PermitReconciliation } from "@permit-desk/schema";
import { defineMessages, type WordPairs } from "../../lib/i18n/messages.ts";
import { type Count, pluralFr } from "../../lib/i18n/plural.ts";
import type { HistoryShow } from "./history-filters.ts";

type Finding = PermitReconciliation["finding"];

const permitsEn = (count: number) => (count === 1 ? "1 permit" : `${count} permits`);
// "permis" is the same in the plural; French uses the singular for 0 and 1.

type Coverage = { plate: string; confirmed: number; uncertain: number };

const SHOWS: WordPairs<HistoryShow> = {
  voided: ["Voided", "Annulés"],
  changed: ["Corrected or extended", "Corrigés ou prolongés"],
  awaiting: ["Not confirmed, not checked yet", "Non confirmés, pas encore vérifiés"],
};

export const historyMessages = defineMessages("history", {
  "en-CA": {
    title: "History",
    heading: "Permit history",
    submissions: "Submissions",
    noMatchingDays: "These days match no permit",
    filtersUnread: "Nothing was searched",
    filtersUnreadDetail: "A day above does not read: fix it, then apply the filters.",
    downloadCsv: "Download CSV",
    downloadCsvDetail: " of the permits matching these filters",
    plateStartsWith: "Plate starts with",
    zone: "Zone",
    allZones: "All zones",
    state: "State",
    allStates: "All states",
    show: "What became of them",
    showAll: "Anything",
    showOption: ({ show }: { show: HistoryShow }) => SHOWS[show][0],
    validBetween: "Valid at some time between",
    siteDays: "Days in site time, {{zone}}.",
    firstDay: "First day",
    lastDay: "Last day",
    lastDayIncluded: "This day is included.",
    applyFilters: "Apply filters",
    clearFilters: "Clear filters",
    endOfHistory: "End of the history for these filters.",
    loadingPermits: "Loading permits…",
    loadingMorePermits: "Loading more permits…",
    noPermits: "No permits match these filters.",
    moreCanBeLoaded: "More can be loaded.",
    loadedMore: ({ added, shown }: { added: number; shown: number }) =>
      `Loaded ${added} more. ${permitsEn(shown)} shown.`,
    shownNewestFirst: ({ count }: Count) => `${permitsEn(count)} shown, newest first.`,
    historyFailed: "The history could not be loaded",
    moreFailed: "More permits could not be loaded",
    tableCaption: "Permit submissions, newest first",
    plate: "Plate",
    validSiteTime: "Valid (site time)",
    amount: "Amount",
    submittedBy: "Submitted by",
    reference: "Reference",
    validTo: "to",
    foundInOpscomAs: "Found in OPSCOM as",
    findingSummary: ({ finding }: { finding: Finding }): string =>
      finding === "exists" ? "Checked: found in OPSCOM" : "Checked: not in OPSCOM",
    coverageHeading: "Is this plate covered now?",
    plateToCheck: "Plate to check",
    checkPlate: "Check plate",
    plateRequired: "Enter the licence plate to check.",
    checking: "Checking {{plate}}…",
    checkFailed: "Could not check {{plate}}: {{problem}}",
    checkedAt: "Checked at {{time}}.",
    coverUntil: "{{zone}}, until {{time}}",
    issuedByAnother: "(issued by another member)",
    stateFoundInOpscomAs: "{{state}} · found in OPSCOM as",
    mayExistInOpscom: "{{state}} — may exist in OPSCOM",
    coverage: ({ plate, confirmed, uncertain }: Coverage) => {
      if (confirmed > 0 && uncertain > 0) {
        return `${plate} is covered now by ${permitsEn(confirmed)}, and ${uncertain} more may exist in OPSCOM.`;
      }
      if (confirmed > 0) return `${plate} is covered now by ${permitsEn(confirmed)}.`;
      if (uncertain > 0) {
        return `No confirmed permit for ${plate}, but ${permitsEn(uncertain)} may exist in OPSCOM: check before issuing another.`;
      }
      return `No active permit issued here for ${plate}.`;
    },
    wasPlate: "was {{plate}}",
    changeNotConfirmed: "Change not confirmed",
  },
  "fr-CA": {
    title: "Historique",
    heading: "Historique des permis",
    submissions: "Soumissions",
    noMatchingDays: "Ces jours ne correspondent à aucun permis",
    filtersUnread: "Aucune recherche faite",
    filtersUnreadDetail:
      "Un jour ci-dessus ne se lit pas : corrigez-le, puis appliquez les filtres.",
    downloadCsv: "Télécharger le CSV",
    downloadCsvDetail: " des permis correspondant à ces filtres",
    plateStartsWith: "Plaque commençant par",
    zone: "Zone",
    allZones: "Toutes les zones",
    state: "État",
    allStates: "Tous les états",
    show: "Ce qu'ils sont devenus",
    showAll: "Tout",
    showOption: ({ show }: { show: HistoryShow }) => SHOWS[show][1],
    validBetween: "Valide à un moment entre",
    siteDays: "Jours à l'heure du site, {{zone}}.",
    firstDay: "Premier jour",
    lastDay: "Dernier jour",
    lastDayIncluded: "Ce jour est inclus.",
    applyFilters: "Appliquer les filtres",
    clearFilters: "Effacer les filtres",
    endOfHistory: "Fin de l'historique pour ces filtres.",
    loadingPermits: "Chargement des permis…",
    loadingMorePermits: "Chargement d'autres permis…",
    noPermits: "Aucun permis ne correspond à ces filtres.",
    moreCanBeLoaded: "D'autres peuvent être chargés.",
    loadedMore: ({ added, shown }: { added: number; shown: number }) =>
      `${pluralFr(added, `${added} permis de plus chargé`, `${added} permis de plus chargés`)}. ${pluralFr(shown, `${shown} permis affiché`, `${shown} permis affichés`)}.`,
    shownNewestFirst: ({ count }: Count) =>
      `${pluralFr(count, `${count} permis affiché`, `${count} permis affichés`)}, les plus récents d'abord.`,
    historyFailed: "L'historique n'a pas pu être chargé",
    moreFailed: "Les permis suivants n'ont pas pu être chargés",
    tableCaption: "Soumissions de permis, les plus récentes d'abord",
    plate: "Plaque",
    validSiteTime: "Validité (heure du site)",
    amount: "Montant",
    submittedBy: "Soumis par",
    reference: "Référence",
    validTo: "au",
    foundInOpscomAs: "Trouvé dans OPSCOM sous",
    findingSummary: ({ finding }: { finding: Finding }): string =>
      finding === "exists" ? "Vérifié : trouvé dans OPSCOM" : "Vérifié : absent d'OPSCOM",
    coverageHeading: "Cette plaque est-elle couverte en ce moment?",
    plateToCheck: "Plaque à vérifier",
    checkPlate: "Vérifier la plaque",
    plateRequired: "Entrez la plaque d'immatriculation à vérifier.",
    checking: "Vérification de {{plate}}…",
    checkFailed: "Impossible de vérifier {{plate}} : {{problem}}",
    checkedAt: "Vérifié le {{time}}.",
    coverUntil: "{{zone}}, jusqu'au {{time}}",
    issuedByAnother: "(émis par un autre membre)",
    stateFoundInOpscomAs: "{{state}} · trouvé dans OPSCOM sous",
    mayExistInOpscom: "{{state}} — existe peut-être dans OPSCOM",
    coverage: ({ plate, confirmed, uncertain }: Coverage) => {
      const permits = (count: number) => `${count} permis`;
      if (confirmed > 0 && uncertain > 0) {
        const more = pluralFr(
          uncertain,
          `${uncertain} autre existe peut-être`,
          `${uncertain} autres existent peut-être`,
        );
        return `${plate} est couverte en ce moment par ${permits(confirmed)}, et ${more} dans OPSCOM.`;
      }
      if (confirmed > 0) return `${plate} est couverte en ce moment par ${permits(confirmed)}.`;
      if (uncertain > 0) {
        const may = pluralFr(uncertain, "existe peut-être", "existent peut-être");
        return `Aucun permis confirmé pour ${plate}, mais ${permits(uncertain)} ${may} dans OPSCOM : vérifiez avant d'en émettre un autre.`;
      }
      return `Aucun permis actif émis ici pour ${plate}.`;
    },
    wasPlate: "auparavant {{plate}}",
    changeNotConfirmed: "Modification non confirmée",
  },
});

export type HistoryWords = ReturnType<typeof historyMessages.in>;
