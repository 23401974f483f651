import type { Count, Terms, Wait } from '../terms.js';

/** Polish. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const pl = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Numer telefonu',
  phoneHint: 'Jeśli numer jest z innego kraju, podaj kod kraju, np. +48.',
  phoneProblems: {
    required: 'Wpisz numer telefonu.',
    'too-short': 'Ten numer jest za krótki.',
    'too-long': 'Ten numer jest za długi.',
    'invalid-country': 'Taki kod kraju nie istnieje. Sprawdź cyfry po „+”.',
    'not-a-number': 'Numer telefonu składa się tylko z cyfr.',
    'not-mobile': 'To nie jest numer komórkowy. Wpisz numer swojego telefonu komórkowego.',
    'country-not-allowed': 'Numerów z tego kraju nie można tu używać.',
    invalid: 'To nie jest prawidłowy numer telefonu.',
  },
  phoneMismatch: 'Na tej stronie można zalogować tylko numer telefonu, dla którego ją otwarto.',
  countryChosen: (name, dial) => `Kraj: ${name}, +${dial}`,
  countryNone: 'Wybierz kraj',
  countryDialog: 'Wybór kraju',
  countrySearch: 'Szukaj po nazwie kraju lub numerze kierunkowym',
  countryList: 'Kraje',
  countryResults: (count) =>
    count === 0
      ? 'Nie znaleziono żadnego kraju.'
      : n(count, { one: 'Znaleziono # kraj.', few: 'Znaleziono # kraje.', many: 'Znaleziono # krajów.', other: 'Znaleziono # kraju.' }),
  submit: 'Dalej',
  submitting: 'Wysyłanie…',
  starting: 'Rozpoczynanie logowania…',
  startUnreachable: 'Nie udało się połączyć z usługą logowania. Sprawdź połączenie i spróbuj ponownie.',
  rateLimited: (seconds) => `Zbyt wiele prób. Spróbuj ponownie ${wait(seconds)}.`,
  smsBudget: (seconds) => `Nie możemy teraz wysyłać kodów do tego kraju. Spróbuj ponownie ${wait(seconds)} lub użyj innej metody logowania.`,
  requestSentTo: (phone) => `Prośbę o zalogowanie wysłano na numer ${phone}.`,
  codeHeading: 'Kod weryfikacyjny',
  codeAnnouncement: (digits, status) => `Kod weryfikacyjny: ${digits}. ${status}`,
  codeInstruction: 'Zanim potwierdzisz w telefonie, upewnij się, że wyświetla ten sam kod.',
  waitingScheduled: 'Wysyłanie żądania do Twojego telefonu…',
  waitingProcessing: 'Czekamy na potwierdzenie w telefonie…',
  connectionTrouble: 'Problem z połączeniem. Próbujemy dalej…',
  pinLabel: 'Kod z SMS-a',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# cyfra', few: '# cyfry', many: '# cyfr', other: '# cyfry' })
      : type === 'alpha'
        ? n(length, { one: '# litera', few: '# litery', many: '# liter', other: '# litery' })
        : n(length, { one: '# litera lub cyfra', few: '# litery lub cyfry', many: '# liter lub cyfr', other: '# litery lub cyfry' }),
  pinIncomplete: (length) => `Wpisz wszystkie znaki kodu (${n(length, { one: '# znak', few: '# znaki', many: '# znaków', other: '# znaku' })}).`,
  codeSentTo: (phone) => `Wysłaliśmy kod SMS-em na numer ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Kod wysłany SMS-em.'
      : `Kod wysłany SMS-em. Jest ważny przez ${n(minutes, { one: '# minutę', few: '# minuty', many: '# minut', other: '# minuty' })}.`,
  expiresIn: (time) => `Kod wygaśnie za ${time}.`,
  expiringSoon: 'Kod wygaśnie za mniej niż minutę.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Błędny kod. Spróbuj ponownie.'
      : `Błędny kod. Pozostało prób: ${n(attemptsLeft, { other: '#' })}.`,
  pinUnreachable: 'Nie udało się połączyć z usługą logowania. Sprawdź połączenie i spróbuj ponownie.',
  verify: 'Potwierdź',
  verifying: 'Sprawdzanie kodu…',
  resend: 'Wyślij nowy kod',
  resendIn: (time) => `Nowy kod za ${time}`,
  changeNumber: 'Zmień numer',
  cancel: 'Anuluj',
  success: 'Zalogowano.',
  loggedInAs: (phone) => `Zalogowano numerem ${phone}.`,
  failures: {
    not_registered: 'Ten numer telefonu nie jest zarejestrowany. Użyj innej metody logowania lub skontaktuj się z pomocą techniczną.',
    user_cancel: 'Logowanie zostało anulowane w telefonie.',
    expired: 'Kod wygasł.',
    too_many_attempts: 'Zbyt wiele błędnych kodów. Tego kodu nie można już użyć.',
    timeout: 'Telefon nie odpowiedział na czas. Spróbuj ponownie.',
    provider_error: 'Usługa logowania nie mogła połączyć się z Twoim telefonem. Spróbuj później.',
    canceled: 'Logowanie zostało anulowane lub upłynął jego czas.',
    server_error: 'Na serwerze wystąpił błąd. Spróbuj ponownie.',
    method_disabled: 'Logowanie telefonem jest wyłączone w tym serwisie. Użyj innej metody logowania.',
    login_gone: 'To logowanie wygasło. Zacznij od nowa.',
    time_limit: 'To trwało zbyt długo. Zacznij od nowa.',
    unreachable: 'Utracono połączenie z usługą logowania.',
    not_mobile_id_user: 'Ten numer nie ma Mobile ID. Użyj innej metody logowania lub zapytaj swojego operatora komórkowego.',
    phone_unreachable: 'Nie udało się połączyć z Twoim telefonem. Sprawdź, czy jest włączony i ma zasięg, a potem spróbuj ponownie.',
    pin_blocked: 'PIN do Twojego Mobile ID jest zablokowany. Odblokuj go kodem PUK lub zapytaj swojego operatora komórkowego.',
    card_blocked: 'Mobile ID na Twojej karcie SIM jest zablokowane. Skontaktuj się ze swoim operatorem komórkowym.',
    no_certificate: 'Twoja karta SIM nie ma ważnego certyfikatu Mobile ID. Skontaktuj się ze swoim operatorem komórkowym.',
    certificate_revoked: 'Twój certyfikat Mobile ID został unieważniony. Skontaktuj się ze swoim operatorem komórkowym.',
    invalid_signature: 'Nie udało się zweryfikować odpowiedzi Twojego telefonu. Spróbuj ponownie.',
    access_denied: 'Ta strona logowania wygasła. Odśwież stronę i spróbuj ponownie.',
  },
  tryAgain: 'Spróbuj ponownie',
  regionLabel: 'Logowanie telefonem',
});

export default pl;
