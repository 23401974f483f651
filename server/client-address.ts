import { BlockList, isIP } from 'node:net';

/**
 * Who the client is, for per-client limits and the access log: the socket's peer, unless that
 * peer is a proxy we trust, in which case the nearest address in `X-Forwarded-For` that is not a
 * trusted proxy. An untrusted peer's `X-Forwarded-For` is ignored: anyone can write one.
 */
export class ClientAddress {
  private readonly trusted = new BlockList();
  private readonly any: boolean;

  constructor(
    /** Trusted proxies: addresses (`10.0.0.5`) and ranges (`10.0.0.0/8`, `fd00::/8`). */
    proxies: readonly string[] = [],
  ) {
    for (const proxy of proxies) {
      const [address, bits] = proxy.split('/');
      const family = isIP(address ?? '');
      if (!family) throw new RangeError(`"${proxy}" is not an IP address or range`);
      const type = family === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.trusted.addAddress(address!, type);
      else {
        const prefix = Number(bits);
        if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) throw new RangeError(`"${proxy}" has a bad prefix length`);
        this.trusted.addSubnet(address!, prefix, type);
      }
    }
    this.any = proxies.length > 0;
  }

  /** The client's address for a request that reached us from `peer`. */
  of(peer: string | undefined, forwardedFor: string | null): string {
    const direct = normalize(peer ?? '') || 'unknown';
    if (!this.any || !this.isTrusted(direct) || !forwardedFor) return direct;
    // Rightmost first: each trusted proxy appended the address it saw.
    const hops = forwardedFor.split(',').map((hop) => normalize(hop.trim()));
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i]!;
      if (!isIP(hop)) return direct;
      if (!this.isTrusted(hop)) return hop;
    }
    return hops[0] || direct;
  }

  private isTrusted(address: string): boolean {
    const family = isIP(address);
    return family !== 0 && this.trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }
}

/** `::ffff:10.0.0.1` is `10.0.0.1`; brackets and ports of `[::1]:80` or `1.2.3.4:80` are dropped. */
function normalize(address: string): string {
  let value = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  if (value.toLowerCase().startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7);
  return value;
}
