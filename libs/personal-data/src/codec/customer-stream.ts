const CUSTOMER_STREAM_PREFIX = 'customer-';

/** The customer a stream belongs to (`customer-<id>` → `<id>`), or null for any other stream. */
export function customerIdOfStream(stream: string): string | null {
  if (!stream.startsWith(CUSTOMER_STREAM_PREFIX)) return null;
  const id = stream.slice(CUSTOMER_STREAM_PREFIX.length);
  return id === '' ? null : id;
}

export function customerStream(customerId: string): string {
  return `${CUSTOMER_STREAM_PREFIX}${customerId}`;
}
