// A small HTTP load generator: keep-alive connections sending one kind of request as fast as the
// server answers, for a fixed time. Used by bench/cluster.ts against real server processes.
import { Agent, request } from 'node:http';

/** What one request is: its path and a body made fresh for each (e.g. a new number per start). */
export interface Shot {
  path: string;
  body: () => string;
  headers?: Record<string, string>;
}

/** Requests per second `urls` (spread round-robin) answer over `seconds` with `connections` in flight; non-2xx count as errors. */
export async function hammer(urls: readonly string[], shot: Shot, seconds: number, connections = 32): Promise<{ perSecond: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  let turn = 0;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const body = shot.body();
      const req = request(
        `${urls[turn++ % urls.length]}${shot.path}`,
        { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...shot.headers } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if ((res.statusCode ?? 0) >= 300) errors++;
            done++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) await one();
    }),
  );
  agent.destroy();
  return { perSecond: done / ((performance.now() - t0) / 1000), errors };
}
