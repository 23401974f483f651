import type { Count, Terms, Wait } from '../terms.js';

/** Finnish. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const fi = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Puhelinnumero',
  phoneHint: 'Jos numerosi on toisesta maasta, lisää maatunnus, esim. +358.',
  phoneProblems: {
    required: 'Anna puhelinnumerosi.',
    'too-short': 'Numero on liian lyhyt.',
    'too-long': 'Numero on liian pitkä.',
    'invalid-country': 'Tätä maatunnusta ei ole olemassa. Tarkista numerot ”+”-merkin jälkeen.',
    'not-a-number': 'Puhelinnumerossa voi olla vain numeroita.',
    'not-mobile': 'Tämä ei ole matkapuhelinnumero. Anna matkapuhelimesi numero.',
    'country-not-allowed': 'Tämän maan numeroita ei voi käyttää tässä.',
    invalid: 'Tämä ei ole kelvollinen puhelinnumero.',
  },
  phoneMismatch: 'Tällä sivulla voi kirjautua vain sillä puhelinnumerolla, jota varten sivu avattiin.',
  countryChosen: (name, dial) => `Maa: ${name}, +${dial}`,
  countryNone: 'Valitse maa',
  countryDialog: 'Valitse maa',
  countrySearch: 'Hae maan nimellä tai suuntanumerolla',
  countryList: 'Maat',
  countryResults: (count) =>
    count === 0 ? 'Yhtään maata ei löytynyt.' : n(count, { one: '# maa löytyi.', other: '# maata löytyi.' }),
  submit: 'Jatka',
  submitting: 'Lähetetään…',
  starting: 'Aloitetaan kirjautuminen…',
  startUnreachable: 'Kirjautumispalveluun ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.',
  rateLimited: (seconds) => `Liian monta yritystä. Yritä uudelleen ${wait(seconds)}.`,
  smsBudget: (seconds) => `Tähän maahan ei voi juuri nyt lähettää koodeja. Yritä uudelleen ${wait(seconds)} tai käytä toista kirjautumistapaa.`,
  requestSentTo: (phone) => `Kirjautumispyyntö lähetettiin numeroon ${phone}.`,
  codeHeading: 'Tarkistuskoodi',
  codeAnnouncement: (digits, status) => `Tarkistuskoodi: ${digits}. ${status}`,
  codeInstruction: 'Varmista, että puhelimesi näyttää saman koodin, ennen kuin vahvistat siellä.',
  waitingScheduled: 'Lähetetään pyyntöä puhelimeesi…',
  waitingProcessing: 'Odotetaan vahvistustasi puhelimessa…',
  connectionTrouble: 'Yhteysongelma. Yritetään edelleen…',
  pinLabel: 'Tekstiviestin koodi',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# numero', other: '# numeroa' })
      : type === 'alpha'
        ? n(length, { one: '# kirjain', other: '# kirjainta' })
        : n(length, { one: '# kirjain tai numero', other: '# kirjainta tai numeroa' }),
  pinIncomplete: (length) => `Anna koodin kaikki ${n(length, { one: '# merkki', other: '# merkkiä' })}.`,
  codeSentTo: (phone) => `Lähetimme koodin tekstiviestillä numeroon ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Koodi lähetetty tekstiviestillä.'
      : `Koodi lähetetty tekstiviestillä. Se vanhenee ${n(minutes, { one: '# minuutin', other: '# minuutin' })} kuluttua.`,
  expiresIn: (time) => `Koodi vanhenee ${time} kuluttua.`,
  expiringSoon: 'Koodi vanhenee alle minuutin kuluttua.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Väärä koodi. Yritä uudelleen.'
      : `Väärä koodi. ${n(attemptsLeft, { one: '# yritys', other: '# yritystä' })} jäljellä.`,
  pinUnreachable: 'Kirjautumispalveluun ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.',
  verify: 'Vahvista',
  verifying: 'Tarkistetaan koodia…',
  resend: 'Lähetä uusi koodi',
  resendIn: (time) => `Uuden koodin voi tilata ${time} kuluttua`,
  changeNumber: 'Vaihda numero',
  cancel: 'Peruuta',
  success: 'Olet kirjautunut sisään.',
  loggedInAs: (phone) => `Kirjauduttu numerolla ${phone}.`,
  failures: {
    not_registered: 'Tätä puhelinnumeroa ei ole rekisteröity. Käytä toista kirjautumistapaa tai ota yhteyttä tukeen.',
    user_cancel: 'Kirjautuminen peruttiin puhelimessa.',
    expired: 'Koodi on vanhentunut.',
    too_many_attempts: 'Liian monta väärää koodia. Tätä koodia ei voi enää käyttää.',
    timeout: 'Puhelin ei vastannut ajoissa. Yritä uudelleen.',
    provider_error: 'Kirjautumispalvelu ei tavoittanut puhelintasi. Yritä myöhemmin uudelleen.',
    canceled: 'Kirjautuminen peruttiin tai aika loppui.',
    server_error: 'Palvelimella tapahtui virhe. Yritä uudelleen.',
    method_disabled: 'Puhelimella kirjautuminen ei ole käytössä tällä sivustolla. Käytä toista kirjautumistapaa.',
    login_gone: 'Tämä kirjautuminen vanheni. Aloita alusta.',
    time_limit: 'Tämä kesti liian kauan. Aloita alusta.',
    unreachable: 'Yhteys kirjautumispalveluun katkesi.',
    not_mobile_id_user: 'Tällä numerolla ei ole mobiilivarmennetta. Käytä toista kirjautumistapaa tai kysy teleoperaattoriltasi.',
    phone_unreachable: 'Puhelintasi ei tavoitettu. Tarkista, että se on päällä ja kuuluvuusalueella, ja yritä uudelleen.',
    pin_blocked: 'Mobiilivarmenteesi PIN-koodi on lukittu. Avaa se PUK-koodilla tai kysy teleoperaattoriltasi.',
    card_blocked: 'SIM-korttisi mobiilivarmenne on lukittu. Ota yhteyttä teleoperaattoriisi.',
    no_certificate: 'SIM-kortillasi ei ole voimassa olevaa mobiilivarmennetta. Ota yhteyttä teleoperaattoriisi.',
    certificate_revoked: 'Mobiilivarmenteesi on peruutettu. Ota yhteyttä teleoperaattoriisi.',
    invalid_signature: 'Puhelimesi vastausta ei voitu vahvistaa. Yritä uudelleen.',
    access_denied: 'Tämä kirjautumissivu on vanhentunut. Päivitä sivu ja yritä uudelleen.',
  },
  tryAgain: 'Yritä uudelleen',
  regionLabel: 'Puhelimella kirjautuminen',
});

export default fi;
