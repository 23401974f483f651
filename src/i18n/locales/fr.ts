import type { Count, Terms, Wait } from '../terms.js';

/** French (no-break spaces before colons, as French typography wants). `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const fr = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Numéro de téléphone',
  phoneHint: 'Ajoutez l’indicatif du pays si votre numéro est étranger, par ex. +33.',
  phoneProblems: {
    required: 'Saisissez votre numéro de téléphone.',
    'too-short': 'Ce numéro est trop court.',
    'too-long': 'Ce numéro est trop long.',
    'invalid-country': 'Cet indicatif de pays n’existe pas. Vérifiez les chiffres après le «\u00a0+\u00a0».',
    'not-a-number': 'Un numéro de téléphone ne contient que des chiffres.',
    'not-mobile': 'Ce n’est pas un numéro de mobile. Saisissez le numéro de votre téléphone mobile.',
    'country-not-allowed': 'Les numéros de ce pays ne peuvent pas être utilisés ici.',
    invalid: 'Ce numéro de téléphone n’est pas valide.',
  },
  phoneMismatch: 'Cette page ne peut connecter que le numéro de téléphone pour lequel elle a été ouverte.',
  countryChosen: (name, dial) => `Pays\u00a0: ${name}, +${dial}`,
  countryNone: 'Choisir un pays',
  countryDialog: 'Choisir un pays',
  countrySearch: 'Rechercher par nom de pays ou indicatif',
  countryList: 'Pays',
  countryResults: (count) =>
    count === 0 ? 'Aucun pays trouvé.' : n(count, { one: '# pays trouvé.', many: '# pays trouvés.', other: '# pays trouvés.' }),
  submit: 'Continuer',
  submitting: 'Envoi…',
  starting: 'Démarrage de la connexion…',
  startUnreachable: 'Impossible de joindre le service de connexion. Vérifiez votre connexion et réessayez.',
  rateLimited: (seconds) => `Trop de tentatives. Réessayez ${wait(seconds)}.`,
  smsBudget: (seconds) => `Nous ne pouvons pas envoyer de codes vers ce pays pour le moment. Réessayez ${wait(seconds)} ou utilisez un autre mode de connexion.`,
  requestSentTo: (phone) => `Demande de connexion envoyée au ${phone}.`,
  codeHeading: 'Code de vérification',
  codeAnnouncement: (digits, status) => `Code de vérification\u00a0: ${digits}. ${status}`,
  codeInstruction: 'Vérifiez que votre téléphone affiche le même code avant de confirmer.',
  waitingScheduled: 'Envoi de la demande à votre téléphone…',
  waitingProcessing: 'En attente de votre confirmation sur le téléphone…',
  connectionTrouble: 'Problème de connexion. Nouvelle tentative en cours…',
  pinLabel: 'Code reçu par SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# chiffre', many: '# chiffres', other: '# chiffres' })
      : type === 'alpha'
        ? n(length, { one: '# lettre', many: '# lettres', other: '# lettres' })
        : n(length, { one: '# lettre ou chiffre', many: '# lettres ou chiffres', other: '# lettres ou chiffres' }),
  pinIncomplete: (length) => `Saisissez les ${n(length, { one: '# caractère', many: '# caractères', other: '# caractères' })} du code.`,
  codeSentTo: (phone) => `Nous avons envoyé un code par SMS au ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Code envoyé par SMS.'
      : `Code envoyé par SMS. Il expire dans ${n(minutes, { one: '# minute', many: '# minutes', other: '# minutes' })}.`,
  expiresIn: (time) => `Le code expire dans ${time}.`,
  expiringSoon: 'Le code expire dans moins d’une minute.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Code incorrect. Réessayez.'
      : `Code incorrect. ${n(attemptsLeft, { one: 'Il reste # tentative', many: 'Il reste # tentatives', other: 'Il reste # tentatives' })}.`,
  pinUnreachable: 'Impossible de joindre le service de connexion. Vérifiez votre connexion et réessayez.',
  verify: 'Valider',
  verifying: 'Vérification du code…',
  resend: 'Envoyer un nouveau code',
  resendIn: (time) => `Nouveau code dans ${time}`,
  changeNumber: 'Changer de numéro',
  cancel: 'Annuler',
  success: 'Vous êtes connecté.',
  loggedInAs: (phone) => `Connexion effectuée avec le ${phone}.`,
  failures: {
    not_registered: 'Ce numéro n’est pas enregistré. Utilisez un autre mode de connexion ou contactez l’assistance.',
    user_cancel: 'La connexion a été annulée sur le téléphone.',
    expired: 'Le code a expiré.',
    too_many_attempts: 'Trop de codes incorrects. Ce code ne peut plus être utilisé.',
    timeout: 'Le téléphone n’a pas répondu à temps. Réessayez.',
    provider_error: 'Le service de connexion n’a pas pu joindre votre téléphone. Réessayez plus tard.',
    canceled: 'La connexion a été annulée ou a expiré.',
    server_error: 'Une erreur s’est produite sur le serveur. Réessayez.',
    method_disabled: 'La connexion par téléphone est désactivée sur ce site. Utilisez un autre mode de connexion.',
    login_gone: 'Cette connexion a expiré. Recommencez.',
    time_limit: 'Cela a pris trop de temps. Recommencez.',
    unreachable: 'La connexion au service de connexion a été perdue.',
    not_mobile_id_user: 'Ce numéro n’a pas de Mobile ID. Utilisez un autre mode de connexion ou adressez-vous à votre opérateur mobile.',
    phone_unreachable: 'Votre téléphone n’a pas pu être joint. Vérifiez qu’il est allumé et qu’il capte le réseau, puis réessayez.',
    pin_blocked: 'Le code PIN de votre Mobile ID est bloqué. Débloquez-le avec votre code PUK ou adressez-vous à votre opérateur mobile.',
    card_blocked: 'Le Mobile ID de votre carte SIM est bloqué. Contactez votre opérateur mobile.',
    no_certificate: 'Votre carte SIM n’a pas de certificat Mobile ID valide. Contactez votre opérateur mobile.',
    certificate_revoked: 'Votre certificat Mobile ID a été révoqué. Contactez votre opérateur mobile.',
    invalid_signature: 'La réponse de votre téléphone n’a pas pu être vérifiée. Réessayez.',
    access_denied: 'Cette page de connexion a expiré. Rechargez la page et réessayez.',
  },
  tryAgain: 'Réessayer',
  regionLabel: 'Connexion par téléphone',
});

export default fr;
