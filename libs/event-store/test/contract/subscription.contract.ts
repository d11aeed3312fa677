import { events, freshStream, freshType, take, type ContractContext } from './fixtures';

export function describeSubscriptions({ store }: ContractContext): void {
  describe('subscribe', () => {
    it('from a middle position yields exactly the later events, then new ones as they are appended', async () => {
      const stream = freshStream('subscribed');
      await store().append(stream, events(10), { streamState: 'no_stream' });
      const [middle] = await store().readStream(stream, { fromRevision: 4n, maxCount: 1 });
      const subscription = store()
        .subscribe({ from: middle!.position, filter: { streamPrefixes: [stream] } })
        [Symbol.asyncIterator]();

      const caughtUp = await take(subscription, 5);
      expect(caughtUp.map((event) => event.revision)).toEqual([5n, 6n, 7n, 8n, 9n]);

      // Asked before the append, so the event can only arrive live.
      const waiting = subscription.next();
      await store().append(stream, events(3), { streamState: 9n });
      expect((await waiting).value?.revision).toBe(10n);
      expect((await take(subscription, 2)).map((event) => event.revision)).toEqual([11n, 12n]);
      await subscription.return?.();
    });

    it("from 'end' yields only events appended after subscribing", async () => {
      const stream = freshStream('tail');
      await store().append(stream, events(2), { streamState: 'no_stream' });
      const subscription = store()
        .subscribe({ from: 'end', filter: { streamPrefixes: [stream] } })
        [Symbol.asyncIterator]();
      const waiting = subscription.next();
      await store().append(stream, events(1), { streamState: 1n });
      expect((await waiting).value?.revision).toBe(2n);
      await subscription.return?.();
    });

    it('filters live events by event type, and a break ends the subscription', async () => {
      const stream = freshStream('typed');
      const [wanted, other] = [freshType('Wanted'), freshType('Other')];
      const subscription = store().subscribe({ from: 'end', filter: { eventTypes: [wanted] } });
      const received: string[] = [];
      const consuming = (async () => {
        for await (const event of subscription) {
          received.push(event.type);
          if (received.length === 2) break;
        }
      })();
      await store().append(stream, [...events(2, other), ...events(1, wanted)], { streamState: 'no_stream' });
      await store().append(stream, [...events(1, other), ...events(1, wanted)], { streamState: 2n });
      await consuming;
      expect(received).toEqual([wanted, wanted]);
    });
  });
}
