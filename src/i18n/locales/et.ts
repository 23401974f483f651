import type { Count, Terms, Wait } from '../terms.js';

/** Estonian. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const et = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Telefoninumber',
  phoneHint: 'Kui number on teisest riigist, lisage riigikood, nt +372.',
  phoneProblems: {
    required: 'Sisestage oma telefoninumber.',
    'too-short': 'See number on liiga lühike.',
    'too-long': 'See number on liiga pikk.',
    'invalid-country': 'Sellist riigikoodi ei ole. Kontrollige numbreid pärast „+“ märki.',
    'not-a-number': 'Telefoninumber koosneb ainult numbritest.',
    'not-mobile': 'See ei ole mobiilinumber. Sisestage oma mobiiltelefoni number.',
    'country-not-allowed': 'Selle riigi numbreid siin kasutada ei saa.',
    invalid: 'See ei ole kehtiv telefoninumber.',
  },
  phoneMismatch: 'Sellel lehel saab sisse logida ainult selle telefoninumbriga, mille jaoks leht avati.',
  countryChosen: (name, dial) => `Riik: ${name}, +${dial}`,
  countryNone: 'Valige riik',
  countryDialog: 'Valige riik',
  countrySearch: 'Otsige riigi nime või suunakoodi järgi',
  countryList: 'Riigid',
  countryResults: (count) =>
    count === 0 ? 'Ühtegi riiki ei leitud.' : n(count, { one: 'Leiti # riik.', other: 'Leiti # riiki.' }),
  submit: 'Jätka',
  submitting: 'Saadan…',
  starting: 'Alustan sisselogimist…',
  startUnreachable: 'Sisselogimisteenusega ei õnnestunud ühendust saada. Kontrollige ühendust ja proovige uuesti.',
  rateLimited: (seconds) => `Liiga palju katseid. Proovige uuesti ${wait(seconds)}.`,
  smsBudget: (seconds) => `Sellesse riiki ei saa praegu koode saata. Proovige uuesti ${wait(seconds)} või kasutage muud sisselogimisviisi.`,
  requestSentTo: (phone) => `Sisselogimise päring saadeti numbrile ${phone}.`,
  codeHeading: 'Kontrollkood',
  codeAnnouncement: (digits, status) => `Kontrollkood: ${digits}. ${status}`,
  codeInstruction: 'Kinnitage telefonis ainult siis, kui seal on sama kood.',
  waitingScheduled: 'Saadan päringu teie telefoni…',
  waitingProcessing: 'Ootan kinnitust teie telefonist…',
  connectionTrouble: 'Ühendusega on probleem. Proovin edasi…',
  pinLabel: 'SMS-iga saadud kood',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# number', other: '# numbrit' })
      : type === 'alpha'
        ? n(length, { one: '# täht', other: '# tähte' })
        : n(length, { one: '# täht või number', other: '# tähte või numbrit' }),
  pinIncomplete: (length) => `Sisestage koodi kõik ${n(length, { one: '# märk', other: '# märki' })}.`,
  codeSentTo: (phone) => `Saatsime koodi SMS-iga numbrile ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Kood on SMS-iga saadetud.'
      : `Kood on SMS-iga saadetud. See kehtib ${n(minutes, { one: '# minut', other: '# minutit' })}.`,
  expiresIn: (time) => `Kood aegub ${time} pärast.`,
  expiringSoon: 'Kood aegub vähem kui minuti pärast.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Vale kood. Proovige uuesti.'
      : `Vale kood. Jäänud on ${n(attemptsLeft, { one: '# katse', other: '# katset' })}.`,
  pinUnreachable: 'Sisselogimisteenusega ei õnnestunud ühendust saada. Kontrollige ühendust ja proovige uuesti.',
  verify: 'Kinnita',
  verifying: 'Kontrollin koodi…',
  resend: 'Saada uus kood',
  resendIn: (time) => `Uue koodi saab ${time} pärast`,
  changeNumber: 'Muuda numbrit',
  cancel: 'Katkesta',
  success: 'Olete sisse loginud.',
  loggedInAs: (phone) => `Sisse logitud numbriga ${phone}.`,
  failures: {
    not_registered: 'See telefoninumber ei ole registreeritud. Kasutage muud sisselogimisviisi või võtke ühendust kasutajatoega.',
    user_cancel: 'Sisselogimine katkestati telefonis.',
    expired: 'Kood on aegunud.',
    too_many_attempts: 'Liiga palju valesid koode. Seda koodi ei saa enam kasutada.',
    timeout: 'Telefon ei vastanud õigeks ajaks. Proovige uuesti.',
    provider_error: 'Sisselogimisteenus ei jõudnud teie telefonini. Proovige hiljem uuesti.',
    canceled: 'Sisselogimine katkestati või aegus.',
    server_error: 'Serveris läks midagi valesti. Proovige uuesti.',
    method_disabled: 'Telefoniga sisselogimine on sellel lehel välja lülitatud. Kasutage muud sisselogimisviisi.',
    login_gone: 'See sisselogimine aegus. Alustage uuesti.',
    time_limit: 'See võttis liiga kaua aega. Alustage uuesti.',
    unreachable: 'Ühendus sisselogimisteenusega katkes.',
    not_mobile_id_user: 'Sellel numbril ei ole Mobiil-ID-d. Kasutage muud sisselogimisviisi või pöörduge oma mobiilioperaatori poole.',
    phone_unreachable: 'Teie telefoniga ei saadud ühendust. Kontrollige, et telefon oleks sisse lülitatud ja levialas, ning proovige uuesti.',
    pin_blocked: 'Teie Mobiil-ID PIN-kood on blokeeritud. Vabastage see PUK-koodiga või pöörduge oma mobiilioperaatori poole.',
    card_blocked: 'Teie SIM-kaardi Mobiil-ID on blokeeritud. Pöörduge oma mobiilioperaatori poole.',
    no_certificate: 'Teie SIM-kaardil ei ole kehtivat Mobiil-ID sertifikaati. Pöörduge oma mobiilioperaatori poole.',
    certificate_revoked: 'Teie Mobiil-ID sertifikaat on tühistatud. Pöörduge oma mobiilioperaatori poole.',
    invalid_signature: 'Teie telefoni vastust ei õnnestunud kontrollida. Proovige uuesti.',
    access_denied: 'See sisselogimisleht on aegunud. Värskendage lehte ja proovige uuesti.',
  },
  tryAgain: 'Proovi uuesti',
  regionLabel: 'Telefoniga sisselogimine',
});

export default et;
