/**
 * The stream categories downstream services may follow on `GET /events`: the facts about customers
 * and about what the bank sells and serves. Registers (`identity-`), the access log and the
 * `integrity` stream are internal, not a downstream contract, and never published.
 */
export const PUBLISHED_STREAM_CATEGORIES = [
  'customer',
  'product',
  'campaign',
  'opportunity',
  'household',
] as const;

export type PublishedStreamCategory = (typeof PUBLISHED_STREAM_CATEGORIES)[number];

export function isPublishedStreamCategory(value: string): value is PublishedStreamCategory {
  return (PUBLISHED_STREAM_CATEGORIES as readonly string[]).includes(value);
}

/** `<category>-`: the stream prefix of each category, as the event store filters them. */
export function publishedStreamPrefixes(categories: readonly PublishedStreamCategory[]): string[] {
  return categories.map((category) => `${category}-`);
}
