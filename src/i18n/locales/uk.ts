import type { Count, Terms, Wait } from '../terms.js';

/** Ukrainian. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const uk = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Номер телефону',
  phoneHint: 'Якщо номер з іншої країни, вкажіть код країни, наприклад +380.',
  phoneProblems: {
    required: 'Введіть номер телефону.',
    'too-short': 'Номер закороткий.',
    'too-long': 'Номер задовгий.',
    'invalid-country': 'Такого коду країни не існує. Перевірте цифри після «+».',
    'not-a-number': 'Номер телефону складається лише з цифр.',
    'not-mobile': 'Це не мобільний номер. Введіть номер свого мобільного телефону.',
    'country-not-allowed': 'Номери цієї країни тут використовувати не можна.',
    invalid: 'Це недійсний номер телефону.',
  },
  countryChosen: (name, dial) => `Країна: ${name}, +${dial}`,
  countryNone: 'Виберіть країну',
  countryDialog: 'Вибір країни',
  countrySearch: 'Пошук за назвою країни або кодом',
  countryList: 'Країни',
  countryResults: (count) =>
    count === 0
      ? 'Країн не знайдено.'
      : n(count, { one: 'Знайдено # країну.', few: 'Знайдено # країни.', many: 'Знайдено # країн.', other: 'Знайдено # країни.' }),
  submit: 'Продовжити',
  submitting: 'Надсилання…',
  starting: 'Починаємо вхід…',
  startUnreachable: 'Не вдалося зв’язатися зі службою входу. Перевірте з’єднання та спробуйте ще раз.',
  rateLimited: (seconds) => `Забагато спроб. Спробуйте знову ${wait(seconds)}.`,
  codeHeading: 'Контрольний код',
  codeAnnouncement: (digits, status) => `Контрольний код: ${digits}. ${status}`,
  codeInstruction: 'Перш ніж підтвердити, переконайтеся, що телефон показує той самий код.',
  waitingScheduled: 'Надсилаємо запит на ваш телефон…',
  waitingProcessing: 'Чекаємо на підтвердження на телефоні…',
  connectionTrouble: 'Проблема зі з’єднанням. Продовжуємо спроби…',
  pinLabel: 'Код із SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# цифра', few: '# цифри', many: '# цифр', other: '# цифри' })
      : type === 'alpha'
        ? n(length, { one: '# літера', few: '# літери', many: '# літер', other: '# літери' })
        : n(length, { one: '# літера або цифра', few: '# літери або цифри', many: '# літер або цифр', other: '# літери або цифри' }),
  pinIncomplete: (length) => `Введіть усі символи коду (${n(length, { one: '# символ', few: '# символи', many: '# символів', other: '# символу' })}).`,
  codeSentTo: (phone) => `Ми надіслали код у SMS на номер ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Код надіслано в SMS.'
      : `Код надіслано в SMS. Він дійсний ${n(minutes, { one: '# хвилину', few: '# хвилини', many: '# хвилин', other: '# хвилини' })}.`,
  expiresIn: (time) => `Код спливає через ${time}.`,
  expiringSoon: 'Код спливає менш ніж за хвилину.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Неправильний код. Спробуйте ще раз.'
      : `Неправильний код. Залишилося спроб: ${n(attemptsLeft, { other: '#' })}.`,
  pinUnreachable: 'Не вдалося зв’язатися зі службою входу. Перевірте з’єднання та спробуйте ще раз.',
  verify: 'Підтвердити',
  verifying: 'Перевіряємо код…',
  resend: 'Надіслати новий код',
  resendIn: (time) => `Новий код можна отримати через ${time}`,
  changeNumber: 'Змінити номер',
  cancel: 'Скасувати',
  success: 'Ви увійшли в систему.',
  failures: {
    not_registered: 'Цей номер телефону не зареєстровано. Скористайтеся іншим способом входу або зверніться до підтримки.',
    user_cancel: 'Вхід скасовано на телефоні.',
    expired: 'Термін дії коду минув.',
    too_many_attempts: 'Забагато неправильних кодів. Цей код більше не можна використати.',
    timeout: 'Телефон не відповів вчасно. Спробуйте ще раз.',
    provider_error: 'Служба входу не змогла зв’язатися з вашим телефоном. Спробуйте пізніше.',
    canceled: 'Вхід скасовано або час очікування минув.',
    server_error: 'На сервері сталася помилка. Спробуйте ще раз.',
    method_disabled: 'Вхід за номером телефону на цьому сайті вимкнено. Скористайтеся іншим способом входу.',
    login_gone: 'Термін цього входу минув. Почніть знову.',
    time_limit: 'Це тривало надто довго. Почніть знову.',
    unreachable: 'Зв’язок зі службою входу втрачено.',
  },
  tryAgain: 'Спробувати знову',
  regionLabel: 'Вхід за номером телефону',
});

export default uk;
