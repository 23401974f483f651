import type { Count, Terms, Wait } from '../terms.js';

/** Spanish. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const es = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Número de teléfono',
  phoneHint: 'Si tu número es de otro país, incluye el prefijo, p. ej. +34.',
  phoneProblems: {
    required: 'Introduce tu número de teléfono.',
    'too-short': 'Este número es demasiado corto.',
    'too-long': 'Este número es demasiado largo.',
    'invalid-country': 'Este prefijo de país no existe. Revisa las cifras después del «+».',
    'not-a-number': 'Un número de teléfono solo contiene cifras.',
    'not-mobile': 'No es un número de móvil. Introduce el número de tu teléfono móvil.',
    'country-not-allowed': 'Aquí no se pueden usar números de este país.',
    invalid: 'No es un número de teléfono válido.',
  },
  phoneMismatch: 'Esta página solo puede iniciar sesión con el número de teléfono para el que se abrió.',
  countryChosen: (name, dial) => `País: ${name}, +${dial}`,
  countryNone: 'Elige un país',
  countryDialog: 'Elige un país',
  countrySearch: 'Busca por nombre de país o prefijo',
  countryList: 'Países',
  countryResults: (count) =>
    count === 0
      ? 'No se ha encontrado ningún país.'
      : n(count, { one: '# país encontrado.', many: '# países encontrados.', other: '# países encontrados.' }),
  submit: 'Continuar',
  submitting: 'Enviando…',
  starting: 'Iniciando el acceso…',
  startUnreachable: 'No hemos podido contactar con el servicio de acceso. Revisa tu conexión e inténtalo de nuevo.',
  rateLimited: (seconds) => `Demasiados intentos. Vuelve a intentarlo ${wait(seconds)}.`,
  smsBudget: (seconds) => `Ahora mismo no podemos enviar códigos a este país. Vuelve a intentarlo ${wait(seconds)} o usa otro método de acceso.`,
  requestSentTo: (phone) => `Solicitud de acceso enviada al ${phone}.`,
  codeHeading: 'Código de verificación',
  codeAnnouncement: (digits, status) => `Código de verificación: ${digits}. ${status}`,
  codeInstruction: 'Comprueba que tu teléfono muestra el mismo código antes de confirmar allí.',
  waitingScheduled: 'Enviando la solicitud a tu teléfono…',
  waitingProcessing: 'Esperando tu confirmación en el teléfono…',
  connectionTrouble: 'Problema de conexión. Seguimos intentándolo…',
  pinLabel: 'Código del SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# cifra', many: '# cifras', other: '# cifras' })
      : type === 'alpha'
        ? n(length, { one: '# letra', many: '# letras', other: '# letras' })
        : n(length, { one: '# letra o cifra', many: '# letras o cifras', other: '# letras o cifras' }),
  pinIncomplete: (length) => `Introduce los ${n(length, { one: '# carácter', many: '# caracteres', other: '# caracteres' })} del código.`,
  codeSentTo: (phone) => `Hemos enviado un código por SMS al ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Código enviado por SMS.'
      : `Código enviado por SMS. Caduca en ${n(minutes, { one: '# minuto', many: '# minutos', other: '# minutos' })}.`,
  expiresIn: (time) => `El código caduca en ${time}.`,
  expiringSoon: 'El código caduca en menos de un minuto.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Código incorrecto. Inténtalo de nuevo.'
      : `Código incorrecto. ${n(attemptsLeft, { one: 'Queda # intento', many: 'Quedan # intentos', other: 'Quedan # intentos' })}.`,
  pinUnreachable: 'No hemos podido contactar con el servicio de acceso. Revisa tu conexión e inténtalo de nuevo.',
  verify: 'Verificar',
  verifying: 'Comprobando el código…',
  resend: 'Enviar un código nuevo',
  resendIn: (time) => `Nuevo código en ${time}`,
  changeNumber: 'Cambiar número',
  cancel: 'Cancelar',
  success: 'Has iniciado sesión.',
  loggedInAs: (phone) => `Sesión iniciada con el ${phone}.`,
  failures: {
    not_registered: 'Este número de teléfono no está registrado. Usa otro método de acceso o contacta con soporte.',
    user_cancel: 'El acceso se canceló en el teléfono.',
    expired: 'El código ha caducado.',
    too_many_attempts: 'Demasiados códigos incorrectos. Este código ya no se puede usar.',
    timeout: 'El teléfono no respondió a tiempo. Inténtalo de nuevo.',
    provider_error: 'El servicio de acceso no pudo llegar a tu teléfono. Inténtalo más tarde.',
    canceled: 'El acceso se canceló o caducó.',
    server_error: 'Algo ha fallado en el servidor. Inténtalo de nuevo.',
    method_disabled: 'El acceso con teléfono está desactivado en este sitio. Usa otro método de acceso.',
    login_gone: 'Este acceso ha caducado. Empieza de nuevo.',
    time_limit: 'Ha tardado demasiado. Empieza de nuevo.',
    unreachable: 'Se ha perdido la conexión con el servicio de acceso.',
    not_mobile_id_user: 'Este número no tiene Mobile ID. Usa otro método de acceso o consulta a tu operador móvil.',
    phone_unreachable: 'No hemos podido contactar con tu teléfono. Comprueba que esté encendido y tenga cobertura, y vuelve a intentarlo.',
    pin_blocked: 'El PIN de tu Mobile ID está bloqueado. Desbloquéalo con tu código PUK o consulta a tu operador móvil.',
    card_blocked: 'El Mobile ID de tu tarjeta SIM está bloqueado. Contacta con tu operador móvil.',
    no_certificate: 'Tu tarjeta SIM no tiene un certificado Mobile ID válido. Contacta con tu operador móvil.',
    certificate_revoked: 'Tu certificado Mobile ID ha sido revocado. Contacta con tu operador móvil.',
    invalid_signature: 'No hemos podido verificar la respuesta de tu teléfono. Inténtalo de nuevo.',
    access_denied: 'Esta página de acceso ha caducado. Recarga la página e inténtalo de nuevo.',
  },
  tryAgain: 'Reintentar',
  regionLabel: 'Acceso con teléfono',
});

export default es;
