/** Every list query answers { items, page, limit, total }; `page` is 1-based (as the API's PageQuery). */
export type Page<T> = { items: T[]; page: number; limit: number; total: number };

export type PageRequest = { page?: number; limit?: number };

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** The page asked for, clamped to what the API admits, and how many documents precede it. */
export function pageWindow({ page, limit }: PageRequest): { page: number; limit: number; skip: number } {
  const size = Math.min(Math.max(Math.trunc(limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
  const number = Math.max(Math.trunc(page ?? 1), 1);
  return { page: number, limit: size, skip: (number - 1) * size };
}
