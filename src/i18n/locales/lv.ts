import type { Count, Terms, Wait } from '../terms.js';

/** Latvian. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const lv = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Tālruņa numurs',
  phoneHint: 'Ja numurs ir no citas valsts, norādiet valsts kodu, piem., +371.',
  phoneProblems: {
    required: 'Ievadiet savu tālruņa numuru.',
    'too-short': 'Šis numurs ir par īsu.',
    'too-long': 'Šis numurs ir par garu.',
    'invalid-country': 'Šāds valsts kods nepastāv. Pārbaudiet ciparus pēc “+”.',
    'not-a-number': 'Tālruņa numurā var būt tikai cipari.',
    'not-mobile': 'Šis nav mobilā tālruņa numurs. Ievadiet sava mobilā tālruņa numuru.',
    'country-not-allowed': 'Šīs valsts numurus šeit nevar izmantot.',
    invalid: 'Šis nav derīgs tālruņa numurs.',
  },
  phoneMismatch: 'Šajā lapā var pieteikties tikai ar to tālruņa numuru, kuram tā tika atvērta.',
  countryChosen: (name, dial) => `Valsts: ${name}, +${dial}`,
  countryNone: 'Izvēlieties valsti',
  countryDialog: 'Izvēlieties valsti',
  countrySearch: 'Meklējiet pēc valsts nosaukuma vai koda',
  countryList: 'Valstis',
  countryResults: (count) =>
    count === 0 ? 'Neviena valsts nav atrasta.' : n(count, { zero: 'Atrastas # valstis.', one: 'Atrasta # valsts.', other: 'Atrastas # valstis.' }),
  submit: 'Turpināt',
  submitting: 'Sūta…',
  starting: 'Sāk pieteikšanos…',
  startUnreachable: 'Neizdevās sazināties ar pieteikšanās pakalpojumu. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  rateLimited: (seconds) => `Pārāk daudz mēģinājumu. Mēģiniet vēlreiz ${wait(seconds)}.`,
  smsBudget: (seconds) => `Uz šo valsti pašlaik nevar nosūtīt kodus. Mēģiniet vēlreiz ${wait(seconds)} vai izmantojiet citu pieteikšanās veidu.`,
  requestSentTo: (phone) => `Pieteikšanās pieprasījums nosūtīts uz ${phone}.`,
  codeHeading: 'Kontrolkods',
  codeAnnouncement: (digits, status) => `Kontrolkods: ${digits}. ${status}`,
  codeInstruction: 'Pirms apstiprināt tālrunī, pārliecinieties, ka tajā redzams tas pats kods.',
  waitingScheduled: 'Sūta pieprasījumu uz jūsu tālruni…',
  waitingProcessing: 'Gaida jūsu apstiprinājumu tālrunī…',
  connectionTrouble: 'Savienojuma problēma. Turpina mēģināt…',
  pinLabel: 'Kods no īsziņas',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { zero: '# cipari', one: '# cipars', other: '# cipari' })
      : type === 'alpha'
        ? n(length, { zero: '# burti', one: '# burts', other: '# burti' })
        : n(length, { zero: '# burti vai cipari', one: '# burts vai cipars', other: '# burti vai cipari' }),
  pinIncomplete: (length) => `Ievadiet visas koda rakstzīmes (${n(length, { zero: '# rakstzīmes', one: '# rakstzīme', other: '# rakstzīmes' })}).`,
  codeSentTo: (phone) => `Mēs nosūtījām kodu īsziņā uz ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Kods nosūtīts īsziņā.'
      : `Kods nosūtīts īsziņā. Tas ir derīgs ${n(minutes, { zero: '# minūtes', one: '# minūti', other: '# minūtes' })}.`,
  expiresIn: (time) => `Koda derīgums beigsies pēc ${time}.`,
  expiringSoon: 'Koda derīgums beigsies pēc mazāk nekā minūtes.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Nepareizs kods. Mēģiniet vēlreiz.'
      : `Nepareizs kods. ${n(attemptsLeft, { zero: 'Atlikuši # mēģinājumi', one: 'Atlicis # mēģinājums', other: 'Atlikuši # mēģinājumi' })}.`,
  pinUnreachable: 'Neizdevās sazināties ar pieteikšanās pakalpojumu. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  verify: 'Apstiprināt',
  verifying: 'Pārbauda kodu…',
  resend: 'Sūtīt jaunu kodu',
  resendIn: (time) => `Jaunu kodu varēs saņemt pēc ${time}`,
  changeNumber: 'Mainīt numuru',
  cancel: 'Atcelt',
  success: 'Pieteikšanās ir izdevusies.',
  loggedInAs: (phone) => `Pieteicāties ar numuru ${phone}.`,
  failures: {
    not_registered: 'Šis tālruņa numurs nav reģistrēts. Izmantojiet citu pieteikšanās veidu vai sazinieties ar atbalstu.',
    user_cancel: 'Pieteikšanās tika atcelta tālrunī.',
    expired: 'Koda derīgums ir beidzies.',
    too_many_attempts: 'Pārāk daudz nepareizu kodu. Šo kodu vairs nevar izmantot.',
    timeout: 'Tālrunis laikus neatbildēja. Mēģiniet vēlreiz.',
    provider_error: 'Pieteikšanās pakalpojums nevarēja sasniegt jūsu tālruni. Mēģiniet vēlāk.',
    canceled: 'Pieteikšanās tika atcelta vai beidzās tās laiks.',
    server_error: 'Serverī radās kļūda. Mēģiniet vēlreiz.',
    method_disabled: 'Pieteikšanās ar tālruni šajā vietnē ir izslēgta. Izmantojiet citu pieteikšanās veidu.',
    login_gone: 'Šīs pieteikšanās laiks beidzās. Sāciet no jauna.',
    time_limit: 'Tas aizņēma pārāk ilgu laiku. Sāciet no jauna.',
    unreachable: 'Savienojums ar pieteikšanās pakalpojumu tika pārtraukts.',
    not_mobile_id_user: 'Šim numuram nav Mobile ID. Izmantojiet citu pieteikšanās veidu vai sazinieties ar savu mobilo operatoru.',
    phone_unreachable: 'Neizdevās sazināties ar jūsu tālruni. Pārbaudiet, vai tas ir ieslēgts un atrodas uztveršanas zonā, un mēģiniet vēlreiz.',
    pin_blocked: 'Jūsu Mobile ID PIN kods ir bloķēts. Atbloķējiet to ar PUK kodu vai sazinieties ar savu mobilo operatoru.',
    card_blocked: 'Jūsu SIM kartes Mobile ID ir bloķēts. Sazinieties ar savu mobilo operatoru.',
    no_certificate: 'Jūsu SIM kartē nav derīga Mobile ID sertifikāta. Sazinieties ar savu mobilo operatoru.',
    certificate_revoked: 'Jūsu Mobile ID sertifikāts ir atsaukts. Sazinieties ar savu mobilo operatoru.',
    invalid_signature: 'Jūsu tālruņa atbildi neizdevās pārbaudīt. Mēģiniet vēlreiz.',
    access_denied: 'Šīs pieteikšanās lapas derīgums ir beidzies. Pārlādējiet lapu un mēģiniet vēlreiz.',
  },
  tryAgain: 'Mēģināt vēlreiz',
  regionLabel: 'Pieteikšanās ar tālruni',
});

export default lv;
