import '../src/index.js';
import './simulated-phone.js';

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
