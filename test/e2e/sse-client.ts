import { request } from 'node:http';

export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

/** Reads Server-Sent Events until `count` messages arrived, then disconnects (a subscriber leaving). */
export function readSse(
  url: string,
  headers: Record<string, string>,
  count: number,
  options: { timeoutMs?: number; onOpen?: () => void } = {},
): Promise<SseMessage[]> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const messages: SseMessage[] = [];
    let buffer = '';
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`only ${messages.length} of ${count} SSE messages after ${timeoutMs} ms`));
    }, timeoutMs);
    const req = request(url, { headers: { Accept: 'text/event-stream', ...headers } }, (response) => {
      if (response.statusCode !== 200) {
        clearTimeout(timer);
        reject(new Error(`SSE answered ${response.statusCode}`));
        response.resume();
        return;
      }
      options.onOpen?.();
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message: SseMessage = { data: '' };
          for (const line of block.split('\n')) {
            const [field, ...rest] = line.split(':');
            const value = rest.join(':').replace(/^ /, '');
            if (field === 'id') message.id = value;
            else if (field === 'event') message.event = value;
            else if (field === 'data') message.data += value;
          }
          if (message.data !== '') messages.push(message);
          if (messages.length >= count) {
            clearTimeout(timer);
            req.destroy();
            resolve(messages);
            return;
          }
        }
      });
    });
    req.on('error', (error) => {
      if (messages.length < count) reject(error);
    });
    req.end();
  });
}
