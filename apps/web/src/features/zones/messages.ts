import { defineMessages } from "../../lib/i18n/messages.ts";

export const zonesMessages = defineMessages("zones", {
  "en-CA": {
    title: "Zones",
    intro:
      "Staff issue permits only in active zones, and managers and validators only in those assigned to them. An inactive zone stays in the history.",
    zonesFailed: "The zones could not be loaded",
    loadingZones: "Loading the zones…",
    nameInOpscom: "Name in OPSCOM",
    status: "Status",
    actions: "Actions",
    addZoneHeading: "Add a zone",
    zoneNotAdded: "The zone was not added",
    zoneName: "Zone name",
    zoneNameHint:
      "Exactly as configured in OPSCOM (Parking Zone Administration): OPSCOM refuses any other spelling.",
    addZone: "Add zone",
    zoneAdded: "{{zone}} is added. Give it to staff on the Users page.",
    newNameFor: "New name for {{zone}}",
    saveName: "Save name",
    active: "Active",
    inactive: "Inactive",
    rename: "Rename",
    activate: "Activate",
    deactivate: "Deactivate",
  },
  "fr-CA": {
    title: "Zones",
    intro:
      "Le personnel n'émet des permis que dans les zones actives, et les gestionnaires et validateurs seulement dans celles qui leur sont attribuées. Une zone inactive reste dans l'historique.",
    zonesFailed: "Les zones n'ont pas pu être chargées",
    loadingZones: "Chargement des zones…",
    nameInOpscom: "Nom dans OPSCOM",
    status: "Statut",
    actions: "Actions",
    addZoneHeading: "Ajouter une zone",
    zoneNotAdded: "La zone n'a pas été ajoutée",
    zoneName: "Nom de la zone",
    zoneNameHint:
      "Exactement comme dans OPSCOM (Parking Zone Administration) : OPSCOM refuse toute autre orthographe.",
    addZone: "Ajouter la zone",
    zoneAdded: "{{zone}} est ajoutée. Attribuez-la au personnel dans la page Utilisateurs.",
    newNameFor: "Nouveau nom pour {{zone}}",
    saveName: "Enregistrer le nom",
    active: "Active",
    inactive: "Inactive",
    rename: "Renommer",
    activate: "Activer",
    deactivate: "Désactiver",
  },
});
