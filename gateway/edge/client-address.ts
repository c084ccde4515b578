/**
 * The address a request came from: the socket's peer, or with `trustProxy` the address the nearest proxy
 * saw (the last entry of X-Forwarded-For, which that proxy appended; earlier entries are the client's word).
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    const nearest = hops.at(-1);
    if (nearest) return normalise(nearest);
  }
  return normalise(socketAddress ?? 'unknown');
}

/** `::ffff:127.0.0.1` is the IPv4 address seen through a dual-stack socket; one client, one name. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
