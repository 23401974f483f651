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

  /**
   * The client a request counts against: its IPv4 address, or its IPv6 /64 (one subscriber's
   * network: anyone with one has 2^64 addresses), in one canonical spelling.
   */
  clientOf(peer: string | undefined, forwardedFor: string | null): string {
    return client(this.of(peer, forwardedFor));
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

  /** Whether `peer` is one of the trusted proxies. */
  trusts(peer: string): boolean {
    return this.any && this.isTrusted(normalize(peer));
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

/** `203.0.113.9` as is; an IPv6 address as its /64 in full, lower-case form; IPv4-mapped IPv6 as IPv4. */
export function client(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = expand(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (with `::` and a dotted IPv4 tail unfolded). */
function expand(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => parseInt(group, 16));
}
