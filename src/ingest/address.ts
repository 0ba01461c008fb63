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

/** The IPv4 address held in two 16-bit groups. */
const v4Of = (hi: number, lo: number): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** The reason an IPv4 address embedded in an IPv6 one is refused, named with how it was embedded. */
const embedded = (how: string, v4: string): string | null => {
  const reason = v4Reason(v4);
  return reason ? `${how} of ${v4}: ${reason}` : null;
};

/**
 * IPv6 forms that carry an IPv4 address a host would reach: mapped (::ffff:0:0/96, also written ::ffff:7f00:1),
 * compatible (::/96), translated (::ffff:0:0:0/96), 6to4 (2002::/16, the address in groups 2-3) and Teredo
 * (2001::/32, the client address inverted in groups 7-8, the server in groups 3-4). The IPv4 address is judged.
 */
function embeddedV4Reason(g: number[]): string | null {
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return embedded(g[5] ? 'IPv4-mapped' : 'IPv4-compatible', v4Of(g[6]!, g[7]!));
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return embedded('IPv4-translated', v4Of(g[6]!, g[7]!));
  if (g[0] === 0x2002) return embedded('6to4', v4Of(g[1]!, g[2]!));
  if (g[0] === 0x2001 && g[1] === 0) {
    return embedded('Teredo client', v4Of(g[6]! ^ 0xffff, g[7]! ^ 0xffff)) ?? embedded('Teredo server', v4Of(g[2]!, g[3]!));
  }
  return null;
}

function v6Reason(ip: string): string | null {
  const g = v6Groups(ip);
  if (g.every((x) => x === 0)) return 'unspecified (::)';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback (::1)';
  const v4 = embeddedV4Reason(g);
  if (v4) return v4;
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
