import type { Count, Terms, Wait } from '../terms.js';

/** Arabic (Modern Standard), written right to left. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const ar = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'رقم الهاتف',
  phoneHint: 'إذا كان رقمك من بلد آخر فأضف رمز البلد، مثل ‎+971.',
  phoneProblems: {
    required: 'أدخل رقم هاتفك.',
    'too-short': 'هذا الرقم قصير جدًا.',
    'too-long': 'هذا الرقم طويل جدًا.',
    'invalid-country': 'رمز البلد هذا غير موجود. تحقق من الأرقام بعد علامة «+».',
    'not-a-number': 'يتكون رقم الهاتف من أرقام فقط.',
    'not-mobile': 'هذا ليس رقم هاتف محمول. أدخل رقم هاتفك المحمول.',
    'country-not-allowed': 'لا يمكن استخدام أرقام هذا البلد هنا.',
    invalid: 'هذا ليس رقم هاتف صالحًا.',
  },
  phoneMismatch: 'لا يمكن لهذه الصفحة تسجيل الدخول إلا برقم الهاتف الذي فُتحت من أجله.',
  countryChosen: (name, dial) => `البلد: ${name}، ‎+${dial}`,
  countryNone: 'اختر البلد',
  countryDialog: 'اختيار البلد',
  countrySearch: 'ابحث باسم البلد أو رمز الاتصال',
  countryList: 'البلدان',
  countryResults: (count) =>
    count === 0
      ? 'لم يُعثر على أي بلد.'
      : n(count, {
          one: 'عُثر على بلد واحد.',
          two: 'عُثر على بلدين.',
          few: 'عُثر على # بلدان.',
          many: 'عُثر على # بلدًا.',
          other: 'عُثر على # بلد.',
        }),
  submit: 'متابعة',
  submitting: 'جارٍ الإرسال…',
  starting: 'جارٍ بدء تسجيل الدخول…',
  startUnreachable: 'تعذر الوصول إلى خدمة تسجيل الدخول. تحقق من اتصالك وحاول مرة أخرى.',
  rateLimited: (seconds) => `محاولات كثيرة جدًا. حاول مرة أخرى ${wait(seconds)}.`,
  smsBudget: (seconds) => `لا يمكننا إرسال رموز إلى هذا البلد حاليًا. حاول مرة أخرى ${wait(seconds)} أو استخدم طريقة أخرى لتسجيل الدخول.`,
  requestSentTo: (phone) => `أُرسل طلب تسجيل الدخول إلى ${phone}.`,
  codeHeading: 'رمز التحقق',
  codeAnnouncement: (digits, status) => `رمز التحقق: ${digits}. ${status}`,
  codeInstruction: 'تأكد من أن هاتفك يعرض الرمز نفسه قبل أن تؤكد عليه.',
  waitingScheduled: 'جارٍ إرسال الطلب إلى هاتفك…',
  waitingProcessing: 'في انتظار تأكيدك على الهاتف…',
  connectionTrouble: 'مشكلة في الاتصال. ما زلنا نحاول…',
  pinLabel: 'الرمز الوارد في الرسالة النصية',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: 'رقم واحد', two: 'رقمان', few: '# أرقام', many: '# رقمًا', other: '# رقم' })
      : type === 'alpha'
        ? n(length, { one: 'حرف واحد', two: 'حرفان', few: '# أحرف', many: '# حرفًا', other: '# حرف' })
        : n(length, { one: 'حرف أو رقم واحد', two: 'حرفان أو رقمان', few: '# أحرف أو أرقام', many: '# حرفًا أو رقمًا', other: '# حرف أو رقم' }),
  pinIncomplete: (length) =>
    `أدخل كل رموز الرمز (${n(length, { one: 'رمز واحد', two: 'رمزان', few: '# رموز', many: '# رمزًا', other: '# رمز' })}).`,
  codeSentTo: (phone) => `أرسلنا رمزًا في رسالة نصية إلى ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'أُرسل الرمز في رسالة نصية.'
      : `أُرسل الرمز في رسالة نصية. تنتهي صلاحيته بعد ${n(minutes, { one: 'دقيقة واحدة', two: 'دقيقتين', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' })}.`,
  expiresIn: (time) => `تنتهي صلاحية الرمز بعد ${time}.`,
  expiringSoon: 'تنتهي صلاحية الرمز بعد أقل من دقيقة.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'رمز خاطئ. حاول مرة أخرى.'
      : `رمز خاطئ. ${n(attemptsLeft, { zero: 'لم تتبقَّ أي محاولة', one: 'تتبقى محاولة واحدة', two: 'تتبقى محاولتان', few: 'تتبقى # محاولات', many: 'تتبقى # محاولة', other: 'تتبقى # محاولة' })}.`,
  pinUnreachable: 'تعذر الوصول إلى خدمة تسجيل الدخول. تحقق من اتصالك وحاول مرة أخرى.',
  verify: 'تحقق',
  verifying: 'جارٍ التحقق من الرمز…',
  resend: 'إرسال رمز جديد',
  resendIn: (time) => `إرسال رمز جديد بعد ${time}`,
  changeNumber: 'تغيير الرقم',
  cancel: 'إلغاء',
  success: 'لقد سجلت الدخول.',
  loggedInAs: (phone) => `تم تسجيل الدخول بالرقم ${phone}.`,
  failures: {
    not_registered: 'رقم الهاتف هذا غير مسجل. استخدم طريقة أخرى لتسجيل الدخول أو تواصل مع الدعم.',
    user_cancel: 'أُلغي تسجيل الدخول على الهاتف.',
    expired: 'انتهت صلاحية الرمز.',
    too_many_attempts: 'رموز خاطئة كثيرة جدًا. لم يعد من الممكن استخدام هذا الرمز.',
    timeout: 'لم يستجب الهاتف في الوقت المحدد. حاول مرة أخرى.',
    provider_error: 'تعذر على خدمة تسجيل الدخول الوصول إلى هاتفك. حاول لاحقًا.',
    canceled: 'أُلغي تسجيل الدخول أو انتهت مهلته.',
    server_error: 'حدث خطأ في الخادم. حاول مرة أخرى.',
    method_disabled: 'تسجيل الدخول بالهاتف معطل في هذا الموقع. استخدم طريقة أخرى لتسجيل الدخول.',
    login_gone: 'انتهت صلاحية تسجيل الدخول هذا. ابدأ من جديد.',
    time_limit: 'استغرق هذا وقتًا طويلًا جدًا. ابدأ من جديد.',
    unreachable: 'انقطع الاتصال بخدمة تسجيل الدخول.',
    not_mobile_id_user: 'لا يملك هذا الرقم خدمة Mobile ID. استخدم طريقة أخرى لتسجيل الدخول أو راجع مشغّل شبكتك.',
    phone_unreachable: 'تعذر الوصول إلى هاتفك. تأكد من أنه مشغّل وفي نطاق التغطية، ثم حاول مرة أخرى.',
    pin_blocked: 'رمز PIN الخاص بخدمة Mobile ID محظور. ألغِ حظره برمز PUK أو راجع مشغّل شبكتك.',
    card_blocked: 'خدمة Mobile ID على شريحة SIM محظورة. تواصل مع مشغّل شبكتك.',
    no_certificate: 'لا تحتوي شريحة SIM على شهادة Mobile ID صالحة. تواصل مع مشغّل شبكتك.',
    certificate_revoked: 'أُلغيت شهادة Mobile ID الخاصة بك. تواصل مع مشغّل شبكتك.',
    invalid_signature: 'تعذر التحقق من رد هاتفك. حاول مرة أخرى.',
    access_denied: 'انتهت صلاحية صفحة تسجيل الدخول هذه. أعد تحميل الصفحة وحاول مرة أخرى.',
  },
  tryAgain: 'حاول مرة أخرى',
  regionLabel: 'تسجيل الدخول بالهاتف',
});

export default ar;
