import '../src/index.js';
import './simulated-phone.js';
import './playground.js';

// What an integrating page does with the widget's events: here, show them.
// (A real page posts the token to its own server and shows nothing of it.)
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const widget = document.querySelector('phone-login')!;

function record(type: string, detail: unknown): void {
  const item = document.createElement('li');
  item.dataset.event = type;
  item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(detail)}`;
  log.prepend(item);
}

for (const type of ['success', 'failure', 'cancel'] as const) {
  widget.addEventListener(type, (event) => record(type, event.detail));
}

// After a success the widget stays on its last step; a real page would move on, the demo starts over.
document.querySelector('#start-over')!.addEventListener('click', () => widget.reset());

// The demo server's switch between Mobile ID and SMS codes (the same widget handles both).
const methods = [...document.querySelectorAll<HTMLInputElement>('input[name="method"]')];

async function showMethod(): Promise<void> {
  const response = await fetch('/__phone/settings', { cache: 'no-store' });
  if (!response.ok) return;
  const { method } = (await response.json()) as { method: string };
  for (const radio of methods) radio.checked = radio.value === method;
}

for (const radio of methods) {
  radio.addEventListener('change', () => {
    void fetch('/__phone/settings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: radio.value }),
    }).then(showMethod);
  });
}
void showMethod();
