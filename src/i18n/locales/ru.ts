import type { Count, Terms, Wait } from '../terms.js';

/** Russian. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const ru = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Номер телефона',
  phoneHint: 'Если номер из другой страны, укажите код страны, например +372.',
  phoneProblems: {
    required: 'Введите номер телефона.',
    'too-short': 'Номер слишком короткий.',
    'too-long': 'Номер слишком длинный.',
    'invalid-country': 'Такого кода страны нет. Проверьте цифры после «+».',
    'not-a-number': 'Номер телефона состоит только из цифр.',
    'not-mobile': 'Это не мобильный номер. Введите номер своего мобильного телефона.',
    'country-not-allowed': 'Номера этой страны здесь использовать нельзя.',
    invalid: 'Это недействительный номер телефона.',
  },
  countryChosen: (name, dial) => `Страна: ${name}, +${dial}`,
  countryNone: 'Выберите страну',
  countryDialog: 'Выбор страны',
  countrySearch: 'Поиск по названию страны или коду',
  countryList: 'Страны',
  countryResults: (count) =>
    count === 0
      ? 'Страны не найдены.'
      : n(count, { one: 'Найдена # страна.', few: 'Найдено # страны.', many: 'Найдено # стран.', other: 'Найдено # страны.' }),
  submit: 'Продолжить',
  submitting: 'Отправка…',
  starting: 'Начинаем вход…',
  startUnreachable: 'Не удалось связаться со службой входа. Проверьте подключение и попробуйте ещё раз.',
  rateLimited: (seconds) => `Слишком много попыток. Попробуйте снова ${wait(seconds)}.`,
  codeHeading: 'Контрольный код',
  codeAnnouncement: (digits, status) => `Контрольный код: ${digits}. ${status}`,
  codeInstruction: 'Прежде чем подтвердить, убедитесь, что телефон показывает тот же код.',
  waitingScheduled: 'Отправляем запрос на ваш телефон…',
  waitingProcessing: 'Ждём подтверждения на телефоне…',
  connectionTrouble: 'Проблема с подключением. Продолжаем попытки…',
  pinLabel: 'Код из SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# цифра', few: '# цифры', many: '# цифр', other: '# цифры' })
      : type === 'alpha'
        ? n(length, { one: '# буква', few: '# буквы', many: '# букв', other: '# буквы' })
        : n(length, { one: '# буква или цифра', few: '# буквы или цифры', many: '# букв или цифр', other: '# буквы или цифры' }),
  pinIncomplete: (length) => `Введите все символы кода (${n(length, { one: '# символ', few: '# символа', many: '# символов', other: '# символа' })}).`,
  codeSentTo: (phone) => `Мы отправили код в SMS на номер ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Код отправлен в SMS.'
      : `Код отправлен в SMS. Он действует ${n(minutes, { one: '# минуту', few: '# минуты', many: '# минут', other: '# минуты' })}.`,
  expiresIn: (time) => `Код истекает через ${time}.`,
  expiringSoon: 'Код истекает меньше чем через минуту.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Неверный код. Попробуйте ещё раз.'
      : `Неверный код. Осталось попыток: ${n(attemptsLeft, { other: '#' })}.`,
  pinUnreachable: 'Не удалось связаться со службой входа. Проверьте подключение и попробуйте ещё раз.',
  verify: 'Подтвердить',
  verifying: 'Проверяем код…',
  resend: 'Отправить новый код',
  resendIn: (time) => `Новый код можно запросить через ${time}`,
  changeNumber: 'Изменить номер',
  cancel: 'Отмена',
  success: 'Вы вошли в систему.',
  failures: {
    not_registered: 'Этот номер телефона не зарегистрирован. Воспользуйтесь другим способом входа или обратитесь в поддержку.',
    user_cancel: 'Вход отменён на телефоне.',
    expired: 'Срок действия кода истёк.',
    too_many_attempts: 'Слишком много неверных кодов. Этот код больше нельзя использовать.',
    timeout: 'Телефон не ответил вовремя. Попробуйте ещё раз.',
    provider_error: 'Служба входа не смогла связаться с вашим телефоном. Попробуйте позже.',
    canceled: 'Вход отменён или время ожидания истекло.',
    server_error: 'На сервере произошла ошибка. Попробуйте ещё раз.',
    method_disabled: 'Вход по телефону на этом сайте отключён. Воспользуйтесь другим способом входа.',
    login_gone: 'Срок этого входа истёк. Начните заново.',
    time_limit: 'Это заняло слишком много времени. Начните заново.',
    unreachable: 'Связь со службой входа потеряна.',
  },
  tryAgain: 'Попробовать снова',
  regionLabel: 'Вход по телефону',
});

export default ru;
