// Which IP addresses a fetch must refuse by default: loopback, private, link-local, CGNAT, unspecified, metadata, multicast.
import { isIP } from 'node:net';

/** IPv4 ranges as [first octets prefix, bits] — RFC 1918, RFC 6598 (CGNAT), RFC 3927, RFC 5735 specials. */
const V4_BLOCKED: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified / this network'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved / broadcast'],
];

const v4ToInt = (ip: string): number => ip.split('.').reduce((n, o) => (n << 8) + Number(o), 0) >>> 0;

function v4Reason(ip: string): string | null {
  const n = v4ToInt(ip);
  for (const [base, bits, reason] of V4_BLOCKED) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((n & mask) === (v4ToInt(base) & mask)) return reason;
  }
  return null;
}

/** Expand an IPv6 address to 8 groups of 16 bits. */
function v6Groups(ip: string): number[] {
  let addr = ip.toLowerCase().split('%')[0]!;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (v4) {
    const n = v4ToInt(v4[1]!);
    addr = addr.slice(0, -v4[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = addr.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = tail !== undefined ? new Array<string>(8 - h.length - t.length).fill('0') : [];
  return [...h, ...fill, ...t].map((g) => parseInt(g || '0', 16));
}

function v6Reason(ip: string): string | null {
  const g = v6Groups(ip);
  if (g.every((x) => x === 0)) return 'unspecified (::)';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback (::1)';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible addresses carry an IPv4 address: judge that.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    const v4 = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
    return v4Reason(v4);
  }
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'unique local (fc00::/7)';
  if ((first & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((first & 0xffc0) === 0xfec0) return 'site-local (fec0::/10)';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  if (first === 0x2001 && g[1] === 0x0db8) return 'documentation';
  if (first === 0x64 && g[1] === 0xff9b) return 'NAT64 (may reach IPv4 private space)';
  if (first === 0xfd00 && g[1] === 0x0ec2) return 'cloud metadata';
  return null;
}

/**
 * Why an address is not a public internet address, or null when it is.
 * @example blockedReason('169.254.169.254') // 'link-local (cloud metadata lives here)'
 */
export function blockedReason(ip: string): string | null {
  const v = isIP(ip);
  if (v === 4) return v4Reason(ip);
  if (v === 6) return v6Reason(ip);
  return 'not an IP address';
}
