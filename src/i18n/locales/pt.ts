import type { Count, Terms, Wait } from '../terms.js';

/** Portuguese (wording that reads naturally in Portugal and in Brazil). `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const pt = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Número de telefone',
  phoneHint: 'Se o número for de outro país, inclua o código do país, por ex. +351.',
  phoneProblems: {
    required: 'Introduza o seu número de telefone.',
    'too-short': 'Este número é demasiado curto.',
    'too-long': 'Este número é demasiado longo.',
    'invalid-country': 'Este código de país não existe. Verifique os dígitos depois do «+».',
    'not-a-number': 'Um número de telefone contém apenas dígitos.',
    'not-mobile': 'Este não é um número de telemóvel/celular. Introduza o número do seu telemóvel/celular.',
    'country-not-allowed': 'Não é possível usar números deste país aqui.',
    invalid: 'Este não é um número de telefone válido.',
  },
  phoneMismatch: 'Esta página só pode iniciar sessão com o número de telefone para o qual foi aberta.',
  countryChosen: (name, dial) => `País: ${name}, +${dial}`,
  countryNone: 'Escolha um país',
  countryDialog: 'Escolha um país',
  countrySearch: 'Pesquise pelo nome do país ou pelo código',
  countryList: 'Países',
  countryResults: (count) =>
    count === 0
      ? 'Nenhum país encontrado.'
      : n(count, { one: '# país encontrado.', many: '# países encontrados.', other: '# países encontrados.' }),
  submit: 'Continuar',
  submitting: 'A enviar…',
  starting: 'A iniciar o acesso…',
  startUnreachable: 'Não foi possível contactar o serviço de acesso. Verifique a ligação e tente novamente.',
  rateLimited: (seconds) => `Demasiadas tentativas. Tente novamente ${wait(seconds)}.`,
  smsBudget: (seconds) => `De momento não podemos enviar códigos para este país. Tente novamente ${wait(seconds)} ou use outro método de acesso.`,
  requestSentTo: (phone) => `Pedido de acesso enviado para ${phone}.`,
  codeHeading: 'Código de verificação',
  codeAnnouncement: (digits, status) => `Código de verificação: ${digits}. ${status}`,
  codeInstruction: 'Confirme no telefone apenas se ele mostrar o mesmo código.',
  waitingScheduled: 'A enviar o pedido para o seu telefone…',
  waitingProcessing: 'A aguardar a sua confirmação no telefone…',
  connectionTrouble: 'Problema de ligação. Ainda a tentar…',
  pinLabel: 'Código do SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# dígito', many: '# dígitos', other: '# dígitos' })
      : type === 'alpha'
        ? n(length, { one: '# letra', many: '# letras', other: '# letras' })
        : n(length, { one: '# letra ou dígito', many: '# letras ou dígitos', other: '# letras ou dígitos' }),
  pinIncomplete: (length) => `Introduza os ${n(length, { one: '# caráter', many: '# carateres', other: '# carateres' })} do código.`,
  codeSentTo: (phone) => `Enviámos um código por SMS para ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Código enviado por SMS.'
      : `Código enviado por SMS. Expira em ${n(minutes, { one: '# minuto', many: '# minutos', other: '# minutos' })}.`,
  expiresIn: (time) => `O código expira em ${time}.`,
  expiringSoon: 'O código expira em menos de um minuto.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Código errado. Tente novamente.'
      : `Código errado. ${n(attemptsLeft, { one: 'Resta # tentativa', many: 'Restam # tentativas', other: 'Restam # tentativas' })}.`,
  pinUnreachable: 'Não foi possível contactar o serviço de acesso. Verifique a ligação e tente novamente.',
  verify: 'Verificar',
  verifying: 'A verificar o código…',
  resend: 'Enviar um novo código',
  resendIn: (time) => `Novo código em ${time}`,
  changeNumber: 'Alterar número',
  cancel: 'Cancelar',
  success: 'Sessão iniciada.',
  loggedInAs: (phone) => `Sessão iniciada com o ${phone}.`,
  failures: {
    not_registered: 'Este número de telefone não está registado. Use outro método de acesso ou contacte o suporte.',
    user_cancel: 'O acesso foi cancelado no telefone.',
    expired: 'O código expirou.',
    too_many_attempts: 'Demasiados códigos errados. Este código já não pode ser usado.',
    timeout: 'O telefone não respondeu a tempo. Tente novamente.',
    provider_error: 'O serviço de acesso não conseguiu contactar o seu telefone. Tente mais tarde.',
    canceled: 'O acesso foi cancelado ou expirou.',
    server_error: 'Ocorreu um erro no servidor. Tente novamente.',
    method_disabled: 'O acesso por telefone está desativado neste site. Use outro método de acesso.',
    login_gone: 'Este acesso expirou. Comece de novo.',
    time_limit: 'Demorou demasiado tempo. Comece de novo.',
    unreachable: 'A ligação ao serviço de acesso perdeu-se.',
    not_mobile_id_user: 'Este número não tem Mobile ID. Use outro método de acesso ou contacte o seu operador móvel.',
    phone_unreachable: 'Não foi possível contactar o seu telefone. Verifique se está ligado e tem rede e tente novamente.',
    pin_blocked: 'O PIN do seu Mobile ID está bloqueado. Desbloqueie-o com o código PUK ou contacte o seu operador móvel.',
    card_blocked: 'O Mobile ID do seu cartão SIM está bloqueado. Contacte o seu operador móvel.',
    no_certificate: 'O seu cartão SIM não tem um certificado Mobile ID válido. Contacte o seu operador móvel.',
    certificate_revoked: 'O seu certificado Mobile ID foi revogado. Contacte o seu operador móvel.',
    invalid_signature: 'Não foi possível verificar a resposta do seu telefone. Tente novamente.',
    access_denied: 'Esta página de acesso expirou. Recarregue a página e tente novamente.',
  },
  tryAgain: 'Tentar novamente',
  regionLabel: 'Acesso por telefone',
});

export default pt;
