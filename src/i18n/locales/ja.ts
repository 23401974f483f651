import type { Count, Terms, Wait } from '../terms.js';

/** Japanese. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const ja = (n: Count, wait: Wait): Terms => ({
  phoneLabel: '電話番号',
  phoneHint: '他の国の番号の場合は、国番号を付けてください（例: +81）。',
  phoneProblems: {
    required: '電話番号を入力してください。',
    'too-short': 'この番号は短すぎます。',
    'too-long': 'この番号は長すぎます。',
    'invalid-country': 'この国番号は存在しません。「+」の後の数字を確認してください。',
    'not-a-number': '電話番号は数字のみで入力してください。',
    'not-mobile': '携帯電話の番号ではありません。携帯電話の番号を入力してください。',
    'country-not-allowed': 'この国の番号はここでは使用できません。',
    invalid: '有効な電話番号ではありません。',
  },
  phoneMismatch: 'このページでは、ページが用意された電話番号でのみログインできます。',
  countryChosen: (name, dial) => `国: ${name}、+${dial}`,
  countryNone: '国を選択',
  countryDialog: '国を選択',
  countrySearch: '国名または国番号で検索',
  countryList: '国',
  countryResults: (count) => (count === 0 ? '該当する国はありません。' : n(count, { other: '#件の国が見つかりました。' })),
  submit: '次へ',
  submitting: '送信しています…',
  starting: 'ログインを開始しています…',
  startUnreachable: 'ログインサービスに接続できませんでした。接続を確認して、もう一度お試しください。',
  rateLimited: (seconds) => `試行回数が多すぎます。${wait(seconds)}にもう一度お試しください。`,
  smsBudget: (seconds) => `現在、この国にはコードを送信できません。${wait(seconds)}にもう一度お試しいただくか、別のログイン方法をご利用ください。`,
  requestSentTo: (phone) => `${phone} にログインリクエストを送信しました。`,
  codeHeading: '確認コード',
  codeAnnouncement: (digits, status) => `確認コード: ${digits}。${status}`,
  codeInstruction: '電話で承認する前に、同じコードが表示されていることを確認してください。',
  waitingScheduled: 'お使いの電話にリクエストを送信しています…',
  waitingProcessing: '電話での承認を待っています…',
  connectionTrouble: '接続に問題があります。再試行しています…',
  pinLabel: 'SMSで届いたコード',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { other: '数字#桁' })
      : type === 'alpha'
        ? n(length, { other: '英字#文字' })
        : n(length, { other: '英数字#文字' }),
  pinIncomplete: (length) => `コードを${n(length, { other: '#文字' })}すべて入力してください。`,
  codeSentTo: (phone) => `${phone} にSMSでコードを送信しました。`,
  codeSent: (minutes) =>
    minutes === undefined ? 'SMSでコードを送信しました。' : `SMSでコードを送信しました。有効期限は${n(minutes, { other: '#分' })}です。`,
  expiresIn: (time) => `コードの有効期限まであと${time}です。`,
  expiringSoon: 'コードの有効期限まで1分を切りました。',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'コードが違います。もう一度お試しください。'
      : `コードが違います。残り${n(attemptsLeft, { other: '#回' })}です。`,
  pinUnreachable: 'ログインサービスに接続できませんでした。接続を確認して、もう一度お試しください。',
  verify: '確認',
  verifying: 'コードを確認しています…',
  resend: '新しいコードを送信',
  resendIn: (time) => `${time}後に新しいコードを送信できます`,
  changeNumber: '番号を変更',
  cancel: 'キャンセル',
  success: 'ログインしました。',
  loggedInAs: (phone) => `${phone} でログインしました。`,
  failures: {
    not_registered: 'この電話番号は登録されていません。別のログイン方法を使うか、サポートにお問い合わせください。',
    user_cancel: '電話でログインがキャンセルされました。',
    expired: 'コードの有効期限が切れました。',
    too_many_attempts: '間違ったコードが多すぎます。このコードは使用できなくなりました。',
    timeout: '電話から時間内に応答がありませんでした。もう一度お試しください。',
    provider_error: 'ログインサービスがお使いの電話に接続できませんでした。後でもう一度お試しください。',
    canceled: 'ログインがキャンセルされたか、時間切れになりました。',
    server_error: 'サーバーでエラーが発生しました。もう一度お試しください。',
    method_disabled: 'このサイトでは電話でのログインが無効になっています。別のログイン方法をご利用ください。',
    login_gone: 'このログインは期限切れです。最初からやり直してください。',
    time_limit: '時間がかかりすぎました。最初からやり直してください。',
    unreachable: 'ログインサービスとの接続が切れました。',
    not_mobile_id_user: 'この番号にはMobile IDがありません。別のログイン方法をご利用いただくか、携帯電話会社にお問い合わせください。',
    phone_unreachable: 'お使いの電話に接続できませんでした。電源が入っていて電波が届くことを確認して、もう一度お試しください。',
    pin_blocked: 'Mobile IDのPINがロックされています。PUKコードでロックを解除するか、携帯電話会社にお問い合わせください。',
    card_blocked: 'SIMカードのMobile IDがロックされています。携帯電話会社にお問い合わせください。',
    no_certificate: 'SIMカードに有効なMobile ID証明書がありません。携帯電話会社にお問い合わせください。',
    certificate_revoked: 'Mobile IDの証明書が失効しています。携帯電話会社にお問い合わせください。',
    invalid_signature: '電話からの応答を確認できませんでした。もう一度お試しください。',
    access_denied: 'このログインページの有効期限が切れています。ページを再読み込みして、もう一度お試しください。',
  },
  tryAgain: 'もう一度試す',
  regionLabel: '電話でログイン',
});

export default ja;
