import type { Count, Terms, Wait } from '../terms.js';

/** Hebrew, written right to left. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const he = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'מספר טלפון',
  phoneHint: 'אם המספר שלך מארץ אחרת, יש להוסיף את קידומת המדינה, למשל \u200e+972.',
  phoneProblems: {
    required: 'יש להזין מספר טלפון.',
    'too-short': 'המספר קצר מדי.',
    'too-long': 'המספר ארוך מדי.',
    'invalid-country': 'קידומת המדינה הזו לא קיימת. יש לבדוק את הספרות שאחרי ה־"+".',
    'not-a-number': 'מספר טלפון מכיל ספרות בלבד.',
    'not-mobile': 'זה לא מספר נייד. יש להזין את מספר הטלפון הנייד שלך.',
    'country-not-allowed': 'אי אפשר להשתמש כאן במספרים מהמדינה הזו.',
    invalid: 'זה לא מספר טלפון תקין.',
  },
  phoneMismatch: 'בדף הזה אפשר להיכנס רק עם מספר הטלפון שעבורו הוא נפתח.',
  countryChosen: (name, dial) => `מדינה: ${name}, \u200e+${dial}`,
  countryNone: 'בחירת מדינה',
  countryDialog: 'בחירת מדינה',
  countrySearch: 'חיפוש לפי שם מדינה או קידומת',
  countryList: 'מדינות',
  countryResults: (count) =>
    count === 0 ? 'לא נמצאה אף מדינה.' : n(count, { one: 'נמצאה מדינה אחת.', two: 'נמצאו שתי מדינות.', other: 'נמצאו # מדינות.' }),
  submit: 'המשך',
  submitting: 'שולח…',
  starting: 'מתחיל את הכניסה…',
  startUnreachable: 'לא הצלחנו להתחבר לשירות הכניסה. יש לבדוק את החיבור ולנסות שוב.',
  rateLimited: (seconds) => `יותר מדי ניסיונות. אפשר לנסות שוב ${wait(seconds)}.`,
  smsBudget: (seconds) => `אי אפשר לשלוח כרגע קודים למדינה הזו. אפשר לנסות שוב ${wait(seconds)} או להשתמש בדרך כניסה אחרת.`,
  requestSentTo: (phone) => `בקשת הכניסה נשלחה למספר ${phone}.`,
  codeHeading: 'קוד אימות',
  codeAnnouncement: (digits, status) => `קוד אימות: ${digits}. ${status}`,
  codeInstruction: 'לפני האישור בטלפון, יש לוודא שמוצג בו אותו קוד.',
  waitingScheduled: 'שולח את הבקשה לטלפון שלך…',
  waitingProcessing: 'ממתין לאישור שלך בטלפון…',
  connectionTrouble: 'בעיה בחיבור. ממשיכים לנסות…',
  pinLabel: 'הקוד מה־SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: 'ספרה אחת', two: 'שתי ספרות', other: '# ספרות' })
      : type === 'alpha'
        ? n(length, { one: 'אות אחת', two: 'שתי אותיות', other: '# אותיות' })
        : n(length, { one: 'אות או ספרה אחת', two: 'שתי אותיות או ספרות', other: '# אותיות או ספרות' }),
  pinIncomplete: (length) => `יש להזין את כל ${n(length, { one: 'התו', two: 'שני התווים', other: '# התווים' })} של הקוד.`,
  codeSentTo: (phone) => `שלחנו קוד ב־SMS למספר ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'הקוד נשלח ב־SMS.'
      : `הקוד נשלח ב־SMS. הוא יפוג בעוד ${n(minutes, { one: 'דקה אחת', two: 'שתי דקות', other: '# דקות' })}.`,
  expiresIn: (time) => `הקוד יפוג בעוד ${time}.`,
  expiringSoon: 'הקוד יפוג בעוד פחות מדקה.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'קוד שגוי. יש לנסות שוב.'
      : `קוד שגוי. ${n(attemptsLeft, { one: 'נותר ניסיון אחד', two: 'נותרו שני ניסיונות', other: 'נותרו # ניסיונות' })}.`,
  pinUnreachable: 'לא הצלחנו להתחבר לשירות הכניסה. יש לבדוק את החיבור ולנסות שוב.',
  verify: 'אימות',
  verifying: 'בודק את הקוד…',
  resend: 'שליחת קוד חדש',
  resendIn: (time) => `קוד חדש בעוד ${time}`,
  changeNumber: 'שינוי מספר',
  cancel: 'ביטול',
  success: 'נכנסת בהצלחה.',
  loggedInAs: (phone) => `הכניסה בוצעה עם המספר ${phone}.`,
  failures: {
    not_registered: 'מספר הטלפון הזה לא רשום. יש להשתמש בדרך כניסה אחרת או לפנות לתמיכה.',
    user_cancel: 'הכניסה בוטלה בטלפון.',
    expired: 'תוקף הקוד פג.',
    too_many_attempts: 'יותר מדי קודים שגויים. אי אפשר להשתמש עוד בקוד הזה.',
    timeout: 'הטלפון לא ענה בזמן. יש לנסות שוב.',
    provider_error: 'שירות הכניסה לא הצליח להגיע לטלפון שלך. יש לנסות שוב מאוחר יותר.',
    canceled: 'הכניסה בוטלה או שתוקפה פג.',
    server_error: 'משהו השתבש בשרת. יש לנסות שוב.',
    method_disabled: 'הכניסה באמצעות טלפון מושבתת באתר הזה. יש להשתמש בדרך כניסה אחרת.',
    login_gone: 'תוקף הכניסה הזו פג. יש להתחיל מחדש.',
    time_limit: 'זה לקח יותר מדי זמן. יש להתחיל מחדש.',
    unreachable: 'החיבור לשירות הכניסה אבד.',
    not_mobile_id_user: 'למספר הזה אין Mobile ID. יש להשתמש בדרך כניסה אחרת או לפנות למפעיל הסלולר.',
    phone_unreachable: 'לא הצלחנו להגיע לטלפון שלך. יש לוודא שהוא דלוק ויש בו קליטה, ולנסות שוב.',
    pin_blocked: 'קוד ה־PIN של ה־Mobile ID חסום. יש לשחרר אותו באמצעות קוד PUK או לפנות למפעיל הסלולר.',
    card_blocked: 'ה־Mobile ID בכרטיס ה־SIM חסום. יש לפנות למפעיל הסלולר.',
    no_certificate: 'בכרטיס ה־SIM אין תעודת Mobile ID תקפה. יש לפנות למפעיל הסלולר.',
    certificate_revoked: 'תעודת ה־Mobile ID בוטלה. יש לפנות למפעיל הסלולר.',
    invalid_signature: 'לא הצלחנו לאמת את התשובה מהטלפון. יש לנסות שוב.',
    access_denied: 'תוקף דף הכניסה הזה פג. יש לרענן את הדף ולנסות שוב.',
  },
  tryAgain: 'ניסיון נוסף',
  regionLabel: 'כניסה באמצעות טלפון',
});

export default he;
