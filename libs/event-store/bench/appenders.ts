import type { EventStore } from '../src';
import { contactLogged } from './bench-events';

/**
 * `appenders` concurrent appenders, each appending single events to its own stream with the exact
 * expected revision, as command handlers do, until each has appended `eventsEach` events or
 * `seconds` have passed, then `settle` (inside the timing). Returns events per second.
 */
export async function measureAppenders(
  store: EventStore,
  round: string,
  appenders: number,
  limits: { eventsEach: number; seconds: number },
  settle: () => void = () => undefined,
): Promise<number> {
  let appended = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(limits.seconds * 1e9));
  const appendAll = async (appender: number): Promise<void> => {
    const stream = `bench-${round}-${appender}`;
    for (let index = 0; index < limits.eventsEach && process.hrtime.bigint() < deadline; index += 1) {
      const streamState = index === 0 ? 'no_stream' : BigInt(index - 1);
      await store.append(stream, [contactLogged(appender, index)], { streamState });
      appended += 1;
    }
  };
  await Promise.all(Array.from({ length: appenders }, (_, appender) => appendAll(appender)));
  settle();
  return appended / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** Reads the whole log through readAll. Returns events per second and how many were read. */
export async function measureReadAll(store: EventStore): Promise<{ rate: number; events: number }> {
  let events = 0;
  const started = process.hrtime.bigint();
  for await (const event of store.readAll()) if (event.position) events += 1;
  return { rate: events / (Number(process.hrtime.bigint() - started) / 1e9), events };
}
