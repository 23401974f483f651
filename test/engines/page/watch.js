// The page's own classic script, first in <head>, so it runs before the widget's module: it
// collects what the tests read (CSP violations, the widget's events, WebOTP requests), as a page
// author's script would, and nothing in it touches the widget.
window.violations = [];
window.events = [];
window.otpRequests = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
for (const type of ['success', 'failure', 'cancel']) {
  document.addEventListener(type, (event) => {
    if (event.target && event.target.localName === 'phone-login') window.events.push({ type, detail: event.detail });
  });
}
// Counts the widget's WebOTP requests (navigator.credentials.get({ otp })) and passes them on.
if (navigator.credentials && typeof navigator.credentials.get === 'function') {
  const get = navigator.credentials.get.bind(navigator.credentials);
  navigator.credentials.get = (options) => {
    if (options && options.otp) window.otpRequests += 1;
    return get(options);
  };
}
