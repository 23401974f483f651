import type { Count, Terms, Wait } from '../terms.js';

/** German. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const de = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Telefonnummer',
  phoneHint: 'Geben Sie die Ländervorwahl an, wenn Ihre Nummer aus einem anderen Land ist, z. B. +49.',
  phoneProblems: {
    required: 'Geben Sie Ihre Telefonnummer ein.',
    'too-short': 'Diese Nummer ist zu kurz.',
    'too-long': 'Diese Nummer ist zu lang.',
    'invalid-country': 'Diese Ländervorwahl gibt es nicht. Prüfen Sie die Ziffern nach dem „+“.',
    'not-a-number': 'Eine Telefonnummer besteht nur aus Ziffern.',
    'not-mobile': 'Das ist keine Mobilnummer. Geben Sie die Nummer Ihres Mobiltelefons ein.',
    'country-not-allowed': 'Nummern aus diesem Land können hier nicht verwendet werden.',
    invalid: 'Das ist keine gültige Telefonnummer.',
  },
  phoneMismatch: 'Auf dieser Seite kann nur die Telefonnummer angemeldet werden, für die sie geöffnet wurde.',
  countryChosen: (name, dial) => `Land: ${name}, +${dial}`,
  countryNone: 'Land wählen',
  countryDialog: 'Land wählen',
  countrySearch: 'Nach Ländername oder Vorwahl suchen',
  countryList: 'Länder',
  countryResults: (count) =>
    count === 0 ? 'Kein Land gefunden.' : n(count, { one: '# Land gefunden.', other: '# Länder gefunden.' }),
  submit: 'Weiter',
  submitting: 'Wird gesendet…',
  starting: 'Anmeldung wird gestartet…',
  startUnreachable: 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  rateLimited: (seconds) => `Zu viele Versuche. Versuchen Sie es ${wait(seconds)} erneut.`,
  smsBudget: (seconds) => `Wir können gerade keine Codes in dieses Land senden. Versuchen Sie es ${wait(seconds)} erneut oder nutzen Sie eine andere Anmeldeart.`,
  requestSentTo: (phone) => `Anmeldeanfrage an ${phone} gesendet.`,
  codeHeading: 'Prüfcode',
  codeAnnouncement: (digits, status) => `Prüfcode: ${digits}. ${status}`,
  codeInstruction: 'Bestätigen Sie auf dem Telefon nur, wenn dort derselbe Code angezeigt wird.',
  waitingScheduled: 'Die Anfrage wird an Ihr Telefon gesendet…',
  waitingProcessing: 'Warten auf Ihre Bestätigung am Telefon…',
  connectionTrouble: 'Verbindungsproblem. Neuer Versuch läuft…',
  pinLabel: 'Code aus der SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# Ziffer', other: '# Ziffern' })
      : type === 'alpha'
        ? n(length, { one: '# Buchstabe', other: '# Buchstaben' })
        : n(length, { one: '# Buchstabe oder Ziffer', other: '# Buchstaben oder Ziffern' }),
  pinIncomplete: (length) => `Geben Sie alle ${n(length, { one: '# Zeichen', other: '# Zeichen' })} des Codes ein.`,
  codeSentTo: (phone) => `Wir haben einen Code per SMS an ${phone} gesendet.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Code per SMS gesendet.'
      : `Code per SMS gesendet. Er ist ${n(minutes, { one: '# Minute', other: '# Minuten' })} gültig.`,
  expiresIn: (time) => `Der Code läuft in ${time} ab.`,
  expiringSoon: 'Der Code läuft in weniger als einer Minute ab.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Falscher Code. Versuchen Sie es erneut.'
      : `Falscher Code. Noch ${n(attemptsLeft, { one: '# Versuch', other: '# Versuche' })}.`,
  pinUnreachable: 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  verify: 'Bestätigen',
  verifying: 'Code wird geprüft…',
  resend: 'Neuen Code senden',
  resendIn: (time) => `Neuer Code in ${time}`,
  changeNumber: 'Nummer ändern',
  cancel: 'Abbrechen',
  success: 'Sie sind angemeldet.',
  loggedInAs: (phone) => `Angemeldet mit ${phone}.`,
  failures: {
    not_registered: 'Diese Telefonnummer ist nicht registriert. Nutzen Sie eine andere Anmeldeart oder wenden Sie sich an den Support.',
    user_cancel: 'Die Anmeldung wurde auf dem Telefon abgebrochen.',
    expired: 'Der Code ist abgelaufen.',
    too_many_attempts: 'Zu viele falsche Codes. Dieser Code kann nicht mehr verwendet werden.',
    timeout: 'Das Telefon hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
    provider_error: 'Der Anmeldedienst konnte Ihr Telefon nicht erreichen. Versuchen Sie es später erneut.',
    canceled: 'Die Anmeldung wurde abgebrochen oder ist abgelaufen.',
    server_error: 'Auf dem Server ist ein Fehler aufgetreten. Versuchen Sie es erneut.',
    method_disabled: 'Die Anmeldung per Telefon ist auf dieser Website abgeschaltet. Nutzen Sie eine andere Anmeldeart.',
    login_gone: 'Diese Anmeldung ist abgelaufen. Beginnen Sie neu.',
    time_limit: 'Das hat zu lange gedauert. Beginnen Sie neu.',
    unreachable: 'Die Verbindung zum Anmeldedienst ist abgebrochen.',
    not_mobile_id_user: 'Diese Nummer hat keine Mobile ID. Nutzen Sie eine andere Anmeldeart oder fragen Sie Ihren Mobilfunkanbieter.',
    phone_unreachable: 'Ihr Telefon war nicht erreichbar. Prüfen Sie, ob es eingeschaltet ist und Empfang hat, und versuchen Sie es erneut.',
    pin_blocked: 'Die PIN Ihrer Mobile ID ist gesperrt. Entsperren Sie sie mit Ihrer PUK oder fragen Sie Ihren Mobilfunkanbieter.',
    card_blocked: 'Die Mobile ID auf Ihrer SIM-Karte ist gesperrt. Wenden Sie sich an Ihren Mobilfunkanbieter.',
    no_certificate: 'Ihre SIM-Karte hat kein gültiges Mobile-ID-Zertifikat. Wenden Sie sich an Ihren Mobilfunkanbieter.',
    certificate_revoked: 'Ihr Mobile-ID-Zertifikat wurde widerrufen. Wenden Sie sich an Ihren Mobilfunkanbieter.',
    invalid_signature: 'Die Antwort Ihres Telefons konnte nicht geprüft werden. Versuchen Sie es erneut.',
    access_denied: 'Diese Anmeldeseite ist abgelaufen. Laden Sie die Seite neu und versuchen Sie es erneut.',
  },
  tryAgain: 'Erneut versuchen',
  regionLabel: 'Anmeldung per Telefon',
});

export default de;
