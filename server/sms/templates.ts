/**
 * The SMS texts, in the languages the widget speaks. `{app}` is the site's name, `{code}` the
 * code, `{minutes}` its lifetime. Kept short and in each language's plain alphabet, so most fit
 * one SMS (160 GSM-7 or 70 UCS-2 characters).
 */
export const DEFAULT_SMS_TEMPLATES: Readonly<Record<string, string>> = {
  en: '{app}: your login code is {code}. It expires in {minutes} min.',
  et: '{app}: teie sisselogimiskood on {code}. Kehtib {minutes} min.',
  fi: '{app}: kirjautumiskoodisi on {code}. Voimassa {minutes} min.',
  sv: '{app}: din inloggningskod är {code}. Giltig i {minutes} min.',
  lv: '{app}: jūsu pieteikšanās kods ir {code}. Derīgs {minutes} min.',
  lt: '{app}: jūsų prisijungimo kodas yra {code}. Galioja {minutes} min.',
  ru: '{app}: ваш код для входа {code}. Действует {minutes} мин.',
  uk: '{app}: ваш код для входу {code}. Дійсний {minutes} хв.',
  pl: '{app}: Twój kod logowania to {code}. Ważny {minutes} min.',
  de: '{app}: Ihr Anmeldecode ist {code}. Gültig für {minutes} Min.',
  fr: '{app} : votre code de connexion est {code}. Valable {minutes} min.',
  es: '{app}: tu código de acceso es {code}. Caduca en {minutes} min.',
  pt: '{app}: o seu código de acesso é {code}. Válido por {minutes} min.',
  it: '{app}: il tuo codice di accesso è {code}. Scade tra {minutes} min.',
  nl: '{app}: je inlogcode is {code}. Geldig voor {minutes} min.',
  tr: '{app}: giriş kodunuz {code}. {minutes} dk geçerlidir.',
  ar: '{app}: رمز الدخول الخاص بك هو {code}. صالح لمدة {minutes} دقيقة.',
  he: '{app}: קוד הכניסה שלך הוא {code}. בתוקף {minutes} דקות.',
  hi: '{app}: आपका लॉगिन कोड {code} है। {minutes} मिनट तक मान्य।',
  ja: '{app}: ログインコードは {code} です。有効期限は{minutes}分です。',
};

/** What a text is made from. */
export interface SmsTextParts {
  /** The code, or a provider's placeholder for it (SMS.cx's `{{pin}}`). */
  code: string;
  /** Whole minutes the code lives. */
  minutes: number;
  /** The login's language (start's `locale`), if the widget sent one. */
  locale?: string;
}

/** The SMS texts of one site: its name, its language fallback and any texts the operator replaced. */
export class SmsTemplates {
  private readonly templates: Readonly<Record<string, string>>;

  constructor(
    /** The site's name that opens every text (`PHONE_LOGIN_APP_NAME`). */
    readonly appName: string,
    /** Texts by language tag that replace or add to the defaults; each must contain `{code}`. */
    overrides: Readonly<Record<string, string>> = {},
    /** The language used when the login's has no text (default English). */
    private readonly fallback = 'en',
  ) {
    for (const [tag, template] of Object.entries(overrides)) {
      if (typeof template !== 'string' || !template.includes('{code}')) throw new TypeError(`The SMS template for "${tag}" must contain {code}.`);
    }
    this.templates = { ...DEFAULT_SMS_TEMPLATES, ...lowerKeys(overrides) };
    if (!this.templates[fallback]) throw new TypeError(`There is no SMS template for the fallback language "${fallback}".`);
  }

  /** The text in the login's language (`pt-BR` falls back to `pt`, then to the fallback). */
  text({ code, minutes, locale }: SmsTextParts): string {
    const template = this.templateFor(locale);
    // One pass, so a site name containing "{code}" cannot inject a second code.
    return template.replace(/\{(app|code|minutes)\}/g, (_, name: string) => (name === 'app' ? this.appName : name === 'code' ? code : String(minutes)));
  }

  /** The language whose template `locale` gets. */
  languageOf(locale?: string): string {
    const tag = locale?.toLowerCase();
    if (tag && this.templates[tag]) return tag;
    const primary = tag?.split('-')[0];
    if (primary && this.templates[primary]) return primary;
    return this.fallback;
  }

  private templateFor(locale?: string): string {
    return this.templates[this.languageOf(locale)]!;
  }
}

function lowerKeys(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
}
