import type { Count, Terms, Wait } from '../terms.js';

/** Dutch. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const nl = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Telefoonnummer',
  phoneHint: 'Voeg de landcode toe als uw nummer uit een ander land komt, bijv. +31.',
  phoneProblems: {
    required: 'Vul uw telefoonnummer in.',
    'too-short': 'Dit nummer is te kort.',
    'too-long': 'Dit nummer is te lang.',
    'invalid-country': 'Deze landcode bestaat niet. Controleer de cijfers na de ‘+’.',
    'not-a-number': 'Een telefoonnummer bestaat alleen uit cijfers.',
    'not-mobile': 'Dit is geen mobiel nummer. Vul het nummer van uw mobiele telefoon in.',
    'country-not-allowed': 'Nummers uit dit land kunnen hier niet worden gebruikt.',
    invalid: 'Dit is geen geldig telefoonnummer.',
  },
  phoneMismatch: 'Op deze pagina kan alleen worden ingelogd met het telefoonnummer waarvoor ze is geopend.',
  countryChosen: (name, dial) => `Land: ${name}, +${dial}`,
  countryNone: 'Kies een land',
  countryDialog: 'Kies een land',
  countrySearch: 'Zoek op landnaam of landcode',
  countryList: 'Landen',
  countryResults: (count) =>
    count === 0 ? 'Geen land gevonden.' : n(count, { one: '# land gevonden.', other: '# landen gevonden.' }),
  submit: 'Doorgaan',
  submitting: 'Verzenden…',
  starting: 'Inloggen wordt gestart…',
  startUnreachable: 'De inlogdienst is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  rateLimited: (seconds) => `Te veel pogingen. Probeer het ${wait(seconds)} opnieuw.`,
  smsBudget: (seconds) => `We kunnen op dit moment geen codes naar dit land sturen. Probeer het ${wait(seconds)} opnieuw of gebruik een andere inlogmethode.`,
  requestSentTo: (phone) => `Inlogverzoek verstuurd naar ${phone}.`,
  codeHeading: 'Controlecode',
  codeAnnouncement: (digits, status) => `Controlecode: ${digits}. ${status}`,
  codeInstruction: 'Controleer of uw telefoon dezelfde code toont voordat u daar bevestigt.',
  waitingScheduled: 'Het verzoek wordt naar uw telefoon gestuurd…',
  waitingProcessing: 'Wachten op uw bevestiging op de telefoon…',
  connectionTrouble: 'Verbindingsprobleem. We blijven het proberen…',
  pinLabel: 'Code uit de sms',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# cijfer', other: '# cijfers' })
      : type === 'alpha'
        ? n(length, { one: '# letter', other: '# letters' })
        : n(length, { one: '# letter of cijfer', other: '# letters of cijfers' }),
  pinIncomplete: (length) => `Vul alle ${n(length, { one: '# teken', other: '# tekens' })} van de code in.`,
  codeSentTo: (phone) => `We hebben een code per sms gestuurd naar ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Code per sms verstuurd.'
      : `Code per sms verstuurd. Hij verloopt over ${n(minutes, { one: '# minuut', other: '# minuten' })}.`,
  expiresIn: (time) => `De code verloopt over ${time}.`,
  expiringSoon: 'De code verloopt binnen een minuut.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Onjuiste code. Probeer het opnieuw.'
      : `Onjuiste code. Nog ${n(attemptsLeft, { one: '# poging', other: '# pogingen' })} over.`,
  pinUnreachable: 'De inlogdienst is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  verify: 'Bevestigen',
  verifying: 'Code wordt gecontroleerd…',
  resend: 'Nieuwe code sturen',
  resendIn: (time) => `Nieuwe code over ${time}`,
  changeNumber: 'Ander nummer',
  cancel: 'Annuleren',
  success: 'U bent ingelogd.',
  loggedInAs: (phone) => `Ingelogd met ${phone}.`,
  failures: {
    not_registered: 'Dit telefoonnummer is niet geregistreerd. Gebruik een andere inlogmethode of neem contact op met support.',
    user_cancel: 'Het inloggen is op de telefoon geannuleerd.',
    expired: 'De code is verlopen.',
    too_many_attempts: 'Te veel onjuiste codes. Deze code kan niet meer worden gebruikt.',
    timeout: 'De telefoon reageerde niet op tijd. Probeer het opnieuw.',
    provider_error: 'De inlogdienst kon uw telefoon niet bereiken. Probeer het later opnieuw.',
    canceled: 'Het inloggen is geannuleerd of verlopen.',
    server_error: 'Er ging iets mis op de server. Probeer het opnieuw.',
    method_disabled: 'Inloggen met de telefoon staat op deze site uit. Gebruik een andere inlogmethode.',
    login_gone: 'Deze inlogpoging is verlopen. Begin opnieuw.',
    time_limit: 'Dit duurde te lang. Begin opnieuw.',
    unreachable: 'De verbinding met de inlogdienst is verbroken.',
    not_mobile_id_user: 'Dit nummer heeft geen Mobile ID. Gebruik een andere inlogmethode of vraag het uw mobiele provider.',
    phone_unreachable: 'Uw telefoon was niet bereikbaar. Controleer of hij aanstaat en bereik heeft en probeer het opnieuw.',
    pin_blocked: 'De pincode van uw Mobile ID is geblokkeerd. Deblokkeer hem met uw PUK-code of vraag het uw mobiele provider.',
    card_blocked: 'De Mobile ID op uw simkaart is geblokkeerd. Neem contact op met uw mobiele provider.',
    no_certificate: 'Uw simkaart heeft geen geldig Mobile ID-certificaat. Neem contact op met uw mobiele provider.',
    certificate_revoked: 'Uw Mobile ID-certificaat is ingetrokken. Neem contact op met uw mobiele provider.',
    invalid_signature: 'Het antwoord van uw telefoon kon niet worden gecontroleerd. Probeer het opnieuw.',
    access_denied: 'Deze inlogpagina is verlopen. Vernieuw de pagina en probeer het opnieuw.',
  },
  tryAgain: 'Opnieuw proberen',
  regionLabel: 'Inloggen met telefoon',
});

export default nl;
