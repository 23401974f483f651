// The integrating page's own script, as a page author writes it: listen, hand the token on.
window.events = [];
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
const widget = document.querySelector('phone-login');
for (const type of ['success', 'failure', 'cancel']) {
  widget.addEventListener(type, (event) => window.events.push({ type, detail: event.detail }));
}
