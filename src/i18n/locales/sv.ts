import type { Count, Terms, Wait } from '../terms.js';

/** Swedish. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const sv = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Telefonnummer',
  phoneHint: 'Ange landsnumret om ditt nummer är från ett annat land, t.ex. +46.',
  phoneProblems: {
    required: 'Ange ditt telefonnummer.',
    'too-short': 'Numret är för kort.',
    'too-long': 'Numret är för långt.',
    'invalid-country': 'Det här landsnumret finns inte. Kontrollera siffrorna efter ”+”.',
    'not-a-number': 'Ett telefonnummer består bara av siffror.',
    'not-mobile': 'Det här är inte ett mobilnummer. Ange numret till din mobiltelefon.',
    'country-not-allowed': 'Nummer från det här landet kan inte användas här.',
    invalid: 'Det här är inte ett giltigt telefonnummer.',
  },
  phoneMismatch: 'Den här sidan kan bara logga in det telefonnummer som den öppnades för.',
  countryChosen: (name, dial) => `Land: ${name}, +${dial}`,
  countryNone: 'Välj land',
  countryDialog: 'Välj land',
  countrySearch: 'Sök på landets namn eller landsnummer',
  countryList: 'Länder',
  countryResults: (count) =>
    count === 0 ? 'Inget land hittades.' : n(count, { one: '# land hittades.', other: '# länder hittades.' }),
  submit: 'Fortsätt',
  submitting: 'Skickar…',
  starting: 'Startar inloggningen…',
  startUnreachable: 'Vi kunde inte nå inloggningstjänsten. Kontrollera anslutningen och försök igen.',
  rateLimited: (seconds) => `För många försök. Försök igen ${wait(seconds)}.`,
  smsBudget: (seconds) => `Vi kan inte skicka koder till det här landet just nu. Försök igen ${wait(seconds)} eller använd ett annat inloggningssätt.`,
  requestSentTo: (phone) => `Inloggningsbegäran skickades till ${phone}.`,
  codeHeading: 'Kontrollkod',
  codeAnnouncement: (digits, status) => `Kontrollkod: ${digits}. ${status}`,
  codeInstruction: 'Kontrollera att telefonen visar samma kod innan du bekräftar där.',
  waitingScheduled: 'Skickar begäran till din telefon…',
  waitingProcessing: 'Väntar på att du bekräftar i telefonen…',
  connectionTrouble: 'Anslutningsproblem. Försöker fortfarande…',
  pinLabel: 'Kod från sms:et',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# siffra', other: '# siffror' })
      : type === 'alpha'
        ? n(length, { one: '# bokstav', other: '# bokstäver' })
        : n(length, { one: '# bokstav eller siffra', other: '# bokstäver eller siffror' }),
  pinIncomplete: (length) => `Ange alla ${n(length, { one: '# tecken', other: '# tecken' })} i koden.`,
  codeSentTo: (phone) => `Vi har skickat en kod via sms till ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Koden har skickats via sms.'
      : `Koden har skickats via sms. Den gäller i ${n(minutes, { one: '# minut', other: '# minuter' })}.`,
  expiresIn: (time) => `Koden går ut om ${time}.`,
  expiringSoon: 'Koden går ut om mindre än en minut.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Fel kod. Försök igen.'
      : `Fel kod. ${n(attemptsLeft, { one: '# försök', other: '# försök' })} kvar.`,
  pinUnreachable: 'Vi kunde inte nå inloggningstjänsten. Kontrollera anslutningen och försök igen.',
  verify: 'Bekräfta',
  verifying: 'Kontrollerar koden…',
  resend: 'Skicka en ny kod',
  resendIn: (time) => `Skicka en ny kod om ${time}`,
  changeNumber: 'Byt nummer',
  cancel: 'Avbryt',
  success: 'Du är inloggad.',
  loggedInAs: (phone) => `Inloggad med ${phone}.`,
  failures: {
    not_registered: 'Det här telefonnumret är inte registrerat. Använd ett annat inloggningssätt eller kontakta supporten.',
    user_cancel: 'Inloggningen avbröts i telefonen.',
    expired: 'Koden har gått ut.',
    too_many_attempts: 'För många felaktiga koder. Den här koden kan inte längre användas.',
    timeout: 'Telefonen svarade inte i tid. Försök igen.',
    provider_error: 'Inloggningstjänsten kunde inte nå din telefon. Försök igen senare.',
    canceled: 'Inloggningen avbröts eller tog för lång tid.',
    server_error: 'Något gick fel på servern. Försök igen.',
    method_disabled: 'Inloggning med telefon är avstängd på den här webbplatsen. Använd ett annat inloggningssätt.',
    login_gone: 'Den här inloggningen har gått ut. Börja om.',
    time_limit: 'Det tog för lång tid. Börja om.',
    unreachable: 'Anslutningen till inloggningstjänsten bröts.',
    not_mobile_id_user: 'Det här numret har inget Mobile ID. Använd ett annat inloggningssätt eller fråga din mobiloperatör.',
    phone_unreachable: 'Din telefon gick inte att nå. Kontrollera att den är på och har täckning och försök sedan igen.',
    pin_blocked: 'PIN-koden för ditt Mobile ID är spärrad. Lås upp den med din PUK-kod eller fråga din mobiloperatör.',
    card_blocked: 'Mobile ID på ditt SIM-kort är spärrat. Kontakta din mobiloperatör.',
    no_certificate: 'Ditt SIM-kort har inget giltigt Mobile ID-certifikat. Kontakta din mobiloperatör.',
    certificate_revoked: 'Ditt Mobile ID-certifikat har återkallats. Kontakta din mobiloperatör.',
    invalid_signature: 'Svaret från din telefon kunde inte verifieras. Försök igen.',
    access_denied: 'Den här inloggningssidan har gått ut. Ladda om sidan och försök igen.',
  },
  tryAgain: 'Försök igen',
  regionLabel: 'Inloggning med telefon',
});

export default sv;
