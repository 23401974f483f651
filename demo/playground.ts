// The demo's theme and language playground: swaps a stylesheet of --phone-login-* knobs and
// ::part() rules (no inline styles: the page's CSP forbids them), and the widget's lang.
const widget = document.querySelector('phone-login')!;
const link = document.querySelector<HTMLLinkElement>('#theme-css')!;
const code = document.querySelector('#theme-code')!;
const site = document.querySelector<HTMLElement>('.site')!;

async function applyTheme(name: string): Promise<void> {
  link.href = `/themes/${name}.css`;
  if (name === 'dark') widget.setAttribute('theme', 'dark');
  else widget.removeAttribute('theme');
  const css = await (await fetch(link.href)).text();
  code.textContent = name === 'dark' ? `<phone-login theme="dark">\n\n${css}` : css;
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  radio.addEventListener('change', () => void applyTheme(radio.value));
}
void applyTheme('plain');

/** The languages the widget ships, each named in itself. */
const LANGUAGES = ['en', 'et', 'fi', 'sv', 'lv', 'lt', 'ru', 'uk', 'pl', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'tr', 'ar', 'he', 'hi', 'ja'];
const select = document.querySelector<HTMLSelectElement>('#language')!;
for (const lang of LANGUAGES) {
  const option = new Option(new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang, lang);
  option.lang = lang;
  select.add(option);
}
select.addEventListener('change', () => {
  // The widget follows its nearest lang at run time; the page sets the direction of its own box.
  site.lang = select.value;
  site.dir = ['ar', 'he'].includes(select.value) ? 'rtl' : 'ltr';
});
