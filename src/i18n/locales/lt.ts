import type { Count, Terms, Wait } from '../terms.js';

/** Lithuanian. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const lt = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Telefono numeris',
  phoneHint: 'Jei numeris iš kitos šalies, nurodykite šalies kodą, pvz., +370.',
  phoneProblems: {
    required: 'Įveskite savo telefono numerį.',
    'too-short': 'Šis numeris per trumpas.',
    'too-long': 'Šis numeris per ilgas.',
    'invalid-country': 'Tokio šalies kodo nėra. Patikrinkite skaitmenis po „+“.',
    'not-a-number': 'Telefono numerį sudaro tik skaitmenys.',
    'not-mobile': 'Tai ne mobiliojo telefono numeris. Įveskite savo mobiliojo telefono numerį.',
    'country-not-allowed': 'Šios šalies numerių čia naudoti negalima.',
    invalid: 'Tai negaliojantis telefono numeris.',
  },
  phoneMismatch: 'Šiame puslapyje galima prisijungti tik tuo telefono numeriu, kuriam jis buvo atidarytas.',
  countryChosen: (name, dial) => `Šalis: ${name}, +${dial}`,
  countryNone: 'Pasirinkite šalį',
  countryDialog: 'Pasirinkite šalį',
  countrySearch: 'Ieškokite pagal šalies pavadinimą arba kodą',
  countryList: 'Šalys',
  countryResults: (count) =>
    count === 0
      ? 'Šalių nerasta.'
      : n(count, { one: 'Rasta # šalis.', few: 'Rastos # šalys.', many: 'Rasta # šalies.', other: 'Rasta # šalių.' }),
  submit: 'Tęsti',
  submitting: 'Siunčiama…',
  starting: 'Pradedamas prisijungimas…',
  startUnreachable: 'Nepavyko susisiekti su prisijungimo paslauga. Patikrinkite ryšį ir bandykite dar kartą.',
  rateLimited: (seconds) => `Per daug bandymų. Bandykite dar kartą ${wait(seconds)}.`,
  smsBudget: (seconds) => `Šiuo metu į šią šalį negalime siųsti kodų. Bandykite dar kartą ${wait(seconds)} arba naudokite kitą prisijungimo būdą.`,
  requestSentTo: (phone) => `Prisijungimo užklausa išsiųsta numeriu ${phone}.`,
  codeHeading: 'Kontrolinis kodas',
  codeAnnouncement: (digits, status) => `Kontrolinis kodas: ${digits}. ${status}`,
  codeInstruction: 'Prieš patvirtindami telefone įsitikinkite, kad jame rodomas tas pats kodas.',
  waitingScheduled: 'Siunčiama užklausa į jūsų telefoną…',
  waitingProcessing: 'Laukiama, kol patvirtinsite telefone…',
  connectionTrouble: 'Ryšio sutrikimas. Vis dar bandoma…',
  pinLabel: 'Kodas iš SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# skaitmuo', few: '# skaitmenys', many: '# skaitmens', other: '# skaitmenų' })
      : type === 'alpha'
        ? n(length, { one: '# raidė', few: '# raidės', many: '# raidės', other: '# raidžių' })
        : n(length, { one: '# raidė arba skaitmuo', few: '# raidės arba skaitmenys', many: '# raidės arba skaitmens', other: '# raidžių arba skaitmenų' }),
  pinIncomplete: (length) => `Įveskite visus kodo simbolius (${n(length, { one: '# simbolis', few: '# simboliai', many: '# simbolio', other: '# simbolių' })}).`,
  codeSentTo: (phone) => `Išsiuntėme kodą SMS žinute numeriu ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Kodas išsiųstas SMS žinute.'
      : `Kodas išsiųstas SMS žinute. Jis galioja ${n(minutes, { one: '# minutę', few: '# minutes', many: '# minutės', other: '# minučių' })}.`,
  expiresIn: (time) => `Kodas nustos galioti po ${time}.`,
  expiringSoon: 'Kodas nustos galioti greičiau nei po minutės.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Neteisingas kodas. Bandykite dar kartą.'
      : `Neteisingas kodas. Liko ${n(attemptsLeft, { one: '# bandymas', few: '# bandymai', many: '# bandymo', other: '# bandymų' })}.`,
  pinUnreachable: 'Nepavyko susisiekti su prisijungimo paslauga. Patikrinkite ryšį ir bandykite dar kartą.',
  verify: 'Patvirtinti',
  verifying: 'Tikrinamas kodas…',
  resend: 'Siųsti naują kodą',
  resendIn: (time) => `Naują kodą galėsite gauti po ${time}`,
  changeNumber: 'Keisti numerį',
  cancel: 'Atšaukti',
  success: 'Jūs prisijungėte.',
  loggedInAs: (phone) => `Prisijungėte numeriu ${phone}.`,
  failures: {
    not_registered: 'Šis telefono numeris neužregistruotas. Naudokite kitą prisijungimo būdą arba kreipkitės į pagalbos tarnybą.',
    user_cancel: 'Prisijungimas atšauktas telefone.',
    expired: 'Kodo galiojimas baigėsi.',
    too_many_attempts: 'Per daug neteisingų kodų. Šio kodo nebegalima naudoti.',
    timeout: 'Telefonas laiku neatsakė. Bandykite dar kartą.',
    provider_error: 'Prisijungimo paslauga nepasiekė jūsų telefono. Bandykite vėliau.',
    canceled: 'Prisijungimas atšauktas arba baigėsi jo laikas.',
    server_error: 'Serveryje įvyko klaida. Bandykite dar kartą.',
    method_disabled: 'Prisijungimas telefonu šioje svetainėje išjungtas. Naudokite kitą prisijungimo būdą.',
    login_gone: 'Šio prisijungimo laikas baigėsi. Pradėkite iš naujo.',
    time_limit: 'Tai užtruko per ilgai. Pradėkite iš naujo.',
    unreachable: 'Nutrūko ryšys su prisijungimo paslauga.',
    not_mobile_id_user: 'Šis numeris neturi Mobile ID. Naudokite kitą prisijungimo būdą arba kreipkitės į savo mobiliojo ryšio operatorių.',
    phone_unreachable: 'Nepavyko susisiekti su jūsų telefonu. Patikrinkite, ar jis įjungtas ir yra ryšio zonoje, tada bandykite dar kartą.',
    pin_blocked: 'Jūsų Mobile ID PIN kodas užblokuotas. Atblokuokite jį PUK kodu arba kreipkitės į savo mobiliojo ryšio operatorių.',
    card_blocked: 'Jūsų SIM kortelės Mobile ID užblokuotas. Kreipkitės į savo mobiliojo ryšio operatorių.',
    no_certificate: 'Jūsų SIM kortelėje nėra galiojančio Mobile ID sertifikato. Kreipkitės į savo mobiliojo ryšio operatorių.',
    certificate_revoked: 'Jūsų Mobile ID sertifikatas atšauktas. Kreipkitės į savo mobiliojo ryšio operatorių.',
    invalid_signature: 'Nepavyko patikrinti jūsų telefono atsakymo. Bandykite dar kartą.',
    access_denied: 'Šio prisijungimo puslapio galiojimas baigėsi. Įkelkite puslapį iš naujo ir bandykite dar kartą.',
  },
  tryAgain: 'Bandyti dar kartą',
  regionLabel: 'Prisijungimas telefonu',
});

export default lt;
