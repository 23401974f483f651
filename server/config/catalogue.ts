/** One setting of `phone-login-server`, as `--help` and docs/server.md list it. */
export interface SettingInfo {
  /** The environment variable. */
  readonly name: string;
  /** What it does, one sentence. */
  readonly help: string;
  /** The value used when unset, as text. */
  readonly fallback?: string;
  /** A secret: environment or `<NAME>_FILE` only, never a flag. */
  readonly secret?: true;
}

/** The settings, by group, in the order `--help` prints them. */
export const SETTINGS: Readonly<Record<string, readonly SettingInfo[]>> = {
  Server: [
    { name: 'PHONE_LOGIN_CHALLENGE', help: 'Required. valimo (Mobile ID), sms (our codes by SMS), smscx (SMS.cx codes), or simulated (the demo phone; loopback only).' },
    { name: 'PHONE_LOGIN_PORT', help: 'Port to listen on (0 picks a free one).', fallback: '8787' },
    { name: 'PHONE_LOGIN_HOST', help: 'Address to listen on.', fallback: '127.0.0.1' },
    { name: 'PHONE_LOGIN_BASE_PATH', help: 'Where the API lives.', fallback: '/api/auth-valimo/' },
    { name: 'PHONE_LOGIN_ALLOW_ORIGINS', help: 'Comma-separated origins whose pages may call the API (e.g. https://shop.example).', fallback: 'none' },
    { name: 'PHONE_LOGIN_LOG_LEVEL', help: 'debug, info, warn, error or silent.', fallback: 'info' },
  ],
  Tokens: [
    { name: 'PHONE_LOGIN_TOKEN_SECRET', help: 'The server secret, 32+ bytes: signs tokens, keys the hashes of codes and numbers. Required unless simulated.', secret: true },
    { name: 'PHONE_LOGIN_TOKEN_AUDIENCE', help: 'Audience written into tokens and required when verifying them.' },
    { name: 'PHONE_LOGIN_TOKEN_TTL', help: 'Seconds a success token stays valid.', fallback: '300' },
    { name: 'PHONE_LOGIN_API_KEY', help: "The key the host's backend presents to verify/ and access-token/ (Authorization: Bearer).", secret: true },
    { name: 'PHONE_LOGIN_REQUIRE_ACCESS_TOKEN', help: 'Set to 1 to start logins only with an access token from access-token/.', fallback: '0' },
    { name: 'PHONE_LOGIN_USERS', help: "A JSON file mapping proven identities (Mobile ID's PNOEE-…, or numbers) to your user ids; unknown ones are 'User is not registered.'." },
    { name: 'PHONE_LOGIN_VERIFY_ONLY', help: 'Set to 1 to keep no phone number anywhere: only its keyed hash.', fallback: '0' },
  ],
  'Instances, limits and metrics': [
    { name: 'PHONE_LOGIN_REDIS_URL', help: 'redis://[:password@]host:6379/0 puts logins, limits and used tokens in Redis, so any number of instances share them.', fallback: "this process's memory (run one process)", secret: true },
    { name: 'PHONE_LOGIN_TRUSTED_PROXIES', help: "Comma-separated addresses or CIDR ranges of your proxies: only their X-Forwarded-For names the client." },
    { name: 'PHONE_LOGIN_COUNTRIES', help: 'Comma-separated countries (ISO 3166, e.g. EE,FI,LV) whose numbers may log in.', fallback: 'all' },
    { name: 'PHONE_LOGIN_STARTS_PER_CLIENT', help: 'Logins one client address may start per PHONE_LOGIN_CLIENT_WINDOW.', fallback: '30' },
    { name: 'PHONE_LOGIN_CLIENT_WINDOW', help: 'The per-client window, in seconds.', fallback: '600' },
    { name: 'PHONE_LOGIN_PENDING_PER_CLIENT', help: 'Logins one client address may have under way at once.', fallback: '10' },
    { name: 'PHONE_LOGIN_PENDING_PER_NUMBER', help: 'SMS logins one number may have under way at once (Mobile ID: one).', fallback: '3' },
    { name: 'PHONE_LOGIN_PROMPTS_PER_NUMBER', help: 'Mobile ID prompts one number may get per PHONE_LOGIN_NUMBER_WINDOW.', fallback: '20' },
    { name: 'PHONE_LOGIN_PROMPTS_PER_CLIENT', help: 'Mobile ID prompts one client may send one number per PHONE_LOGIN_NUMBER_WINDOW.', fallback: '3' },
    { name: 'PHONE_LOGIN_PROMPT_COOLDOWN', help: 'Seconds between two Mobile ID prompts to one number.', fallback: '15' },
    { name: 'PHONE_LOGIN_SMS_PER_HOUR', help: 'SMS sends per hour over all numbers: the ceiling on SMS pumping.', fallback: '1000' },
    { name: 'PHONE_LOGIN_SMS_PER_COUNTRY_PER_HOUR', help: 'SMS sends per hour to one country.', fallback: '200' },
    { name: 'PHONE_LOGIN_MAX_CONNECTIONS', help: 'Most open connections; beyond it new ones are refused.', fallback: 'the open-file limit less 64' },
    { name: 'PHONE_LOGIN_MAX_CONNECTIONS_PER_CLIENT', help: 'Most open connections from one address (an IPv6 /64 counts as one); trusted proxies are exempt.', fallback: '64' },
    { name: 'PHONE_LOGIN_MAX_HELD_POLLS', help: 'Most long polls held at once; beyond it polls are answered at once.', fallback: 'three quarters of the connections' },
    { name: 'PHONE_LOGIN_METRICS_PORT', help: 'Serve /metrics (Prometheus) on this separate port, without a key; else /metrics on the main port needs PHONE_LOGIN_API_KEY.' },
    { name: 'PHONE_LOGIN_METRICS_HOST', help: 'Address of the metrics port.', fallback: '127.0.0.1' },
  ],
  'SMS texts': [
    { name: 'PHONE_LOGIN_APP_NAME', help: 'The site name that opens every SMS. Required for sms and smscx.' },
    { name: 'PHONE_LOGIN_SMS_TEMPLATES', help: 'A JSON file of texts by language ({"en": "{app}: code {code}, {minutes} min"}), replacing the built-in ones.' },
    { name: 'PHONE_LOGIN_WEBOTP_HOST', help: "Your site's host, for the SMS's last line '@host #code' that lets browsers offer the code." },
  ],
  'SMS codes (sms, smscx)': [
    { name: 'PHONE_LOGIN_PIN_LENGTH', help: 'Characters in a code, 4–10.', fallback: '6' },
    { name: 'PHONE_LOGIN_PIN_TYPE', help: 'numeric, alpha or alphanumeric.', fallback: 'numeric' },
    { name: 'PHONE_LOGIN_PIN_TTL', help: 'Seconds a code lives.', fallback: '300' },
    { name: 'PHONE_LOGIN_PIN_ATTEMPTS', help: 'Wrong codes allowed per login.', fallback: '3' },
    { name: 'PHONE_LOGIN_RESEND_COOLDOWN', help: 'Seconds before a number may get another code.', fallback: '30' },
    { name: 'PHONE_LOGIN_CODES_PER_NUMBER', help: 'Codes one number may get per window.', fallback: '10' },
    { name: 'PHONE_LOGIN_CODES_PER_CLIENT', help: 'Codes one client may have sent to one number per window.', fallback: '3' },
    { name: 'PHONE_LOGIN_WRONG_PER_NUMBER', help: 'Wrong codes one number may type per window, over all its logins.', fallback: '20' },
    { name: 'PHONE_LOGIN_WRONG_PER_CLIENT', help: 'Wrong codes one client may type for one number per window.', fallback: '5' },
    { name: 'PHONE_LOGIN_NUMBER_WINDOW', help: 'The window of the per-number limits (codes, wrong codes, Mobile ID prompts), in seconds.', fallback: '86400' },
  ],
  'SMS gateway (sms)': [
    { name: 'PHONE_LOGIN_SMS', help: 'Required for sms: twilio or http.' },
    { name: 'SMS_FROM', help: 'The sender number or name.' },
    { name: 'TWILIO_ACCOUNT_SID', help: "Twilio's Account SID (AC…)." },
    { name: 'TWILIO_AUTH_TOKEN', help: "Twilio's Auth Token, or an API key's secret with TWILIO_API_KEY_SID.", secret: true },
    { name: 'TWILIO_API_KEY_SID', help: 'A Twilio API key (SK…) to use instead of the Account SID.' },
    { name: 'TWILIO_BASE_URL', help: "Twilio's API base.", fallback: 'https://api.twilio.com' },
    { name: 'SMS_HTTP_URL', help: 'Where the http sender POSTs {"From", "To", "Body"}.' },
    { name: 'SMS_HTTP_BEARER', help: 'Bearer token for SMS_HTTP_URL.', secret: true },
    { name: 'SMS_HTTP_USER', help: 'Basic-auth user for SMS_HTTP_URL (with SMS_HTTP_PASSWORD).' },
    { name: 'SMS_HTTP_PASSWORD', help: 'Basic-auth password for SMS_HTTP_URL.', secret: true },
  ],
  'SMS.cx (smscx)': [
    { name: 'SMSCX_API_KEY', help: 'Your SMS.cx API key (sent as X-API-KEY).', secret: true },
    { name: 'SMSCX_URL', help: "SMS.cx's API base.", fallback: 'https://api.sms.cx' },
    { name: 'SMSCX_FROM', help: 'The sender name, 3–15 characters.' },
    { name: 'SMSCX_TEMPLATE', help: 'One text for every language, with {code} (sent to SMS.cx as {{pin}}).' },
  ],
  'Mobile ID over Valimo (valimo)': [
    { name: 'VALIMO_URL', help: "The MSSP's base URL (https); requests go to MSSP/services/MSS_Signature and MSS_StatusPort under it." },
    { name: 'VALIMO_AP_ID', help: 'Your application provider id (AP_ID).' },
    { name: 'VALIMO_AP_PWD', help: 'Your application provider password (AP_PWD).', secret: true },
    { name: 'VALIMO_DNS_NAME', help: "The MSSP's DNSName (may be blank)." },
    { name: 'VALIMO_SIGNATURE_PROFILE', help: 'The signature profile (an mssURI) agreed with the MSSP.' },
    { name: 'VALIMO_CERT_PATH', help: 'Your client certificate (PEM) for mutual TLS.' },
    { name: 'VALIMO_KEY_PATH', help: 'Its private key (PEM).' },
    { name: 'VALIMO_CA_PATH', help: "The MSSP's CA certificate(s) (PEM) to trust; TLS is always verified.", fallback: "the system's CAs" },
    { name: 'VALIMO_MESSAGE_PREFIX', help: 'What the phone shows before the code.', fallback: 'Login code:' },
  ],
  'Simulated phone (simulated)': [
    { name: 'PHONE_LOGIN_SIMULATED_METHOD', help: 'message (Mobile ID), pin (SMS inbox) or choice (both, switched at /__phone/settings).', fallback: 'choice' },
    { name: 'PHONE_LOGIN_SIMULATED_DELAY_MS', help: 'Milliseconds before the simulated phone rings.', fallback: '2000' },
    { name: 'PHONE_LOGIN_SIMULATED_TIMEOUT_MS', help: 'Milliseconds the simulated phone waits for an answer.', fallback: '120000' },
    { name: 'PHONE_LOGIN_SIMULATED_UNREGISTERED', help: 'Comma-separated numbers that are not users.' },
  ],
};

/** Every setting, by name. */
export const SETTINGS_BY_NAME: ReadonlyMap<string, SettingInfo> = new Map(
  Object.values(SETTINGS)
    .flat()
    .map((setting) => [setting.name, setting]),
);

/** The flag of a setting: `PHONE_LOGIN_ALLOW_ORIGINS` → `--allow-origins`, `VALIMO_URL` → `--valimo-url`. */
export function flagOf(name: string): string {
  return `--${name.replace(/^PHONE_LOGIN_/, '').toLowerCase().replaceAll('_', '-')}`;
}

/** The `--help` text. */
export function helpText(): string {
  const lines = [
    'Usage: phone-login-server [--flag value ...]',
    '',
    'Every setting is read from the environment; a flag overrides it, except for secrets, which are read only',
    'from the environment or from the file <NAME>_FILE names. See docs/server.md.',
  ];
  for (const [group, settings] of Object.entries(SETTINGS)) {
    lines.push('', `${group}:`);
    for (const { name, help, fallback, secret } of settings) {
      const how = secret ? `${name} (secret; or ${name}_FILE)` : `${name}, ${flagOf(name)}`;
      lines.push(`  ${how}`, `      ${help}${fallback === undefined ? '' : ` Default: ${fallback}.`}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The settings as Markdown tables, one per group, for docs/server.md. */
export function settingsMarkdown(): string {
  const parts: string[] = [];
  for (const [group, settings] of Object.entries(SETTINGS)) {
    parts.push(`#### ${group}`, '', '| setting | flag | default | what it does |', '|---|---|---|---|');
    for (const { name, help, fallback, secret } of settings) {
      const flagCell = secret ? `secret: \`${name}\` or \`${name}_FILE\`` : `\`${flagOf(name)}\``;
      parts.push(`| \`${name}\` | ${flagCell} | ${fallback === undefined ? '' : `\`${fallback}\``} | ${help.replaceAll('|', '\\|')} |`);
    }
    parts.push('');
  }
  return parts.join('\n');
}
