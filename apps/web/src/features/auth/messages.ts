import { defineMessages } from "../../lib/i18n/messages.ts";
import { type Count, pluralFr } from "../../lib/i18n/plural.ts";

export const authMessages = defineMessages("auth", {
  "en-CA": {
    signIn: "Sign in",
    signInButton: "Sign in",
    signingIn: "Signing in…",
    sessionEnded:
      "Your session has ended. Sign in again to carry on: the page keeps what you typed.",
    notSignedIn: "You are not signed in",
    credentialsWrong: "Wrong username or password",
    checkCredentials: "Check both, then try again.",
    username: "Username",
    password: "Password",
    throttled: "Too many failed sign-ins for this account. Wait {{wait}}, then try again.",
    address_throttled:
      "Too many failed sign-ins from this network address, whatever the username. Wait {{wait}}, then try again.",
    busy: "Permit Desk is busy checking other sign-ins. Wait {{wait}}, then try again: what you typed is kept.",
    aMoment: "a moment",
    seconds: ({ count }: Count) => (count === 1 ? "1 second" : `${count} seconds`),
    minutes: ({ count }: Count) => (count === 1 ? "1 minute" : `${count} minutes`),
    firstAdminTitle: "Create the first administrator",
    firstAdminIntro:
      "Nobody has an account on this Permit Desk yet. Create yours: as its administrator you then add the other staff and the zones they issue permits in.",
    firstAdminFailed: "The administrator was not created",
    yourName: "Your name",
    yourNameHint: "As colleagues know you: it is shown beside what you do in Permit Desk.",
    usernameHint: "What you sign in with: letters, digits and the symbols . _ - @; no spaces.",
    passwordHint: "At least {{min}} characters. A few words in a row make a good password.",
    creating: "Creating…",
    createAdmin: "Create administrator",
    changePasswordTitle: "Change my password",
    passwordChanged: "Your password has been changed.",
    passwordNotChanged: "Your password was not changed",
    currentPassword: "Current password",
    newPassword: "New password",
    changing: "Changing…",
    changePassword: "Change password",
  },
  "fr-CA": {
    signIn: "Connexion",
    signInButton: "Se connecter",
    signingIn: "Connexion…",
    sessionEnded:
      "Votre session a pris fin. Reconnectez-vous pour continuer : la page garde ce que vous avez saisi.",
    notSignedIn: "Vous n'êtes pas connecté",
    credentialsWrong: "Nom d'utilisateur ou mot de passe erroné",
    checkCredentials: "Vérifiez les deux, puis réessayez.",
    username: "Nom d'utilisateur",
    password: "Mot de passe",
    throttled: "Trop de connexions échouées pour ce compte. Attendez {{wait}}, puis réessayez.",
    address_throttled:
      "Trop de connexions échouées depuis cette adresse réseau, quel que soit le nom d'utilisateur. Attendez {{wait}}, puis réessayez.",
    busy: "Permit Desk est occupé à vérifier d'autres connexions. Attendez {{wait}}, puis réessayez : ce que vous avez saisi est conservé.",
    aMoment: "un instant",
    seconds: ({ count }: Count) => pluralFr(count, `${count} seconde`, `${count} secondes`),
    minutes: ({ count }: Count) => pluralFr(count, `${count} minute`, `${count} minutes`),
    firstAdminTitle: "Créer le premier administrateur",
    firstAdminIntro:
      "Personne n'a encore de compte sur ce Permit Desk. Créez le vôtre : en tant qu'administrateur, vous ajouterez ensuite les autres membres du personnel et les zones où ils émettent des permis.",
    firstAdminFailed: "L'administrateur n'a pas été créé",
    yourName: "Votre nom",
    yourNameHint:
      "Tel que vos collègues vous connaissent : il s'affiche à côté de ce que vous faites dans Permit Desk.",
    usernameHint:
      "Ce qui vous sert à vous connecter : lettres, chiffres et les symboles . _ - @; sans espace.",
    passwordHint: "Au moins {{min}} caractères. Quelques mots à la suite font un bon mot de passe.",
    creating: "Création…",
    createAdmin: "Créer l'administrateur",
    changePasswordTitle: "Changer mon mot de passe",
    passwordChanged: "Votre mot de passe a été changé.",
    passwordNotChanged: "Votre mot de passe n'a pas été changé",
    currentPassword: "Mot de passe actuel",
    newPassword: "Nouveau mot de passe",
    changing: "Changement…",
    changePassword: "Changer le mot de passe",
  },
});
