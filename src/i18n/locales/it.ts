import type { Count, Terms, Wait } from '../terms.js';

/** Italian. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const it = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Numero di telefono',
  phoneHint: 'Se il numero è di un altro paese, aggiungi il prefisso internazionale, ad es. +39.',
  phoneProblems: {
    required: 'Inserisci il tuo numero di telefono.',
    'too-short': 'Questo numero è troppo corto.',
    'too-long': 'Questo numero è troppo lungo.',
    'invalid-country': 'Questo prefisso internazionale non esiste. Controlla le cifre dopo il «+».',
    'not-a-number': 'Un numero di telefono contiene solo cifre.',
    'not-mobile': 'Questo non è un numero di cellulare. Inserisci il numero del tuo cellulare.',
    'country-not-allowed': 'Qui non si possono usare numeri di questo paese.',
    invalid: 'Questo non è un numero di telefono valido.',
  },
  phoneMismatch: 'Da questa pagina può accedere solo il numero di telefono per cui è stata aperta.',
  countryChosen: (name, dial) => `Paese: ${name}, +${dial}`,
  countryNone: 'Scegli un paese',
  countryDialog: 'Scegli un paese',
  countrySearch: 'Cerca per nome del paese o prefisso',
  countryList: 'Paesi',
  countryResults: (count) =>
    count === 0 ? 'Nessun paese trovato.' : n(count, { one: '# paese trovato.', many: '# paesi trovati.', other: '# paesi trovati.' }),
  submit: 'Continua',
  submitting: 'Invio in corso…',
  starting: 'Avvio dell’accesso…',
  startUnreachable: 'Impossibile raggiungere il servizio di accesso. Controlla la connessione e riprova.',
  rateLimited: (seconds) => `Troppi tentativi. Riprova ${wait(seconds)}.`,
  smsBudget: (seconds) => `Al momento non possiamo inviare codici in questo paese. Riprova ${wait(seconds)} o usa un altro metodo di accesso.`,
  requestSentTo: (phone) => `Richiesta di accesso inviata al numero ${phone}.`,
  codeHeading: 'Codice di verifica',
  codeAnnouncement: (digits, status) => `Codice di verifica: ${digits}. ${status}`,
  codeInstruction: 'Prima di confermare, verifica che il telefono mostri lo stesso codice.',
  waitingScheduled: 'Invio della richiesta al tuo telefono…',
  waitingProcessing: 'In attesa della tua conferma sul telefono…',
  connectionTrouble: 'Problema di connessione. Nuovo tentativo in corso…',
  pinLabel: 'Codice dell’SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# cifra', many: '# cifre', other: '# cifre' })
      : type === 'alpha'
        ? n(length, { one: '# lettera', many: '# lettere', other: '# lettere' })
        : n(length, { one: '# lettera o cifra', many: '# lettere o cifre', other: '# lettere o cifre' }),
  pinIncomplete: (length) => `Inserisci tutti i ${n(length, { one: '# carattere', many: '# caratteri', other: '# caratteri' })} del codice.`,
  codeSentTo: (phone) => `Abbiamo inviato un codice via SMS al numero ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Codice inviato via SMS.'
      : `Codice inviato via SMS. Scade tra ${n(minutes, { one: '# minuto', many: '# minuti', other: '# minuti' })}.`,
  expiresIn: (time) => `Il codice scade tra ${time}.`,
  expiringSoon: 'Il codice scade tra meno di un minuto.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Codice errato. Riprova.'
      : `Codice errato. ${n(attemptsLeft, { one: 'Resta # tentativo', many: 'Restano # tentativi', other: 'Restano # tentativi' })}.`,
  pinUnreachable: 'Impossibile raggiungere il servizio di accesso. Controlla la connessione e riprova.',
  verify: 'Verifica',
  verifying: 'Verifica del codice…',
  resend: 'Invia un nuovo codice',
  resendIn: (time) => `Nuovo codice tra ${time}`,
  changeNumber: 'Cambia numero',
  cancel: 'Annulla',
  success: 'Accesso effettuato.',
  loggedInAs: (phone) => `Accesso effettuato con il numero ${phone}.`,
  failures: {
    not_registered: 'Questo numero di telefono non è registrato. Usa un altro metodo di accesso o contatta l’assistenza.',
    user_cancel: 'L’accesso è stato annullato sul telefono.',
    expired: 'Il codice è scaduto.',
    too_many_attempts: 'Troppi codici errati. Questo codice non può più essere usato.',
    timeout: 'Il telefono non ha risposto in tempo. Riprova.',
    provider_error: 'Il servizio di accesso non è riuscito a raggiungere il tuo telefono. Riprova più tardi.',
    canceled: 'L’accesso è stato annullato o è scaduto.',
    server_error: 'Si è verificato un errore sul server. Riprova.',
    method_disabled: 'L’accesso con il telefono è disattivato su questo sito. Usa un altro metodo di accesso.',
    login_gone: 'Questo accesso è scaduto. Ricomincia.',
    time_limit: 'Ci è voluto troppo tempo. Ricomincia.',
    unreachable: 'La connessione al servizio di accesso si è interrotta.',
    not_mobile_id_user: 'Questo numero non ha un Mobile ID. Usa un altro metodo di accesso o chiedi al tuo operatore mobile.',
    phone_unreachable: 'Non è stato possibile raggiungere il tuo telefono. Controlla che sia acceso e abbia campo, poi riprova.',
    pin_blocked: 'Il PIN del tuo Mobile ID è bloccato. Sbloccalo con il codice PUK o chiedi al tuo operatore mobile.',
    card_blocked: 'Il Mobile ID della tua SIM è bloccato. Contatta il tuo operatore mobile.',
    no_certificate: 'La tua SIM non ha un certificato Mobile ID valido. Contatta il tuo operatore mobile.',
    certificate_revoked: 'Il tuo certificato Mobile ID è stato revocato. Contatta il tuo operatore mobile.',
    invalid_signature: 'Non è stato possibile verificare la risposta del tuo telefono. Riprova.',
    access_denied: 'Questa pagina di accesso è scaduta. Ricarica la pagina e riprova.',
  },
  tryAgain: 'Riprova',
  regionLabel: 'Accesso con il telefono',
});

export default it;
