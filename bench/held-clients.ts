// A child process of bench/cluster.ts: holds one long poll (wait 30) per uuid in the file it is
// given, against the server it is given, polling again whenever one is answered, until killed. A process of its
// own, because the open-file limit counts per process and the server needs its share too.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

const [url, file] = process.argv.slice(2) as [string, string];
const uuids = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
/** Holds one long poll for `uuid`, and polls again as soon as it is answered, as the widget does. */
function poll(uuid: string): void {
  const body = JSON.stringify({ uuid, wait: 30 });
  const req = request(`${url}/api/auth-valimo/result/`, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
    res.resume();
    res.on('end', () => poll(uuid));
  });
  req.on('error', () => setTimeout(() => poll(uuid), 1000));
  req.end(body);
}
let opened = 0;
for (const uuid of uuids) {
  poll(uuid);
  if (++opened % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
}
process.stdout.write('opened\n');
setInterval(() => {}, 60_000);
