// The in-process change bus: every listener gets every event as its own copy of plain JSON, until
// it unsubscribes; one failing listener does not keep the event from the others.
import { describe, expect, it } from 'vitest';
import { InProcessBus } from '../../src/live/bus.js';
import type { LiveEvent } from '../../src/live/events.js';

const removal = (id: number): LiveEvent => ({ type: 'remove', lang: 'ru', id, storyId: id * 10 });

describe('in-process change bus', () => {
  it('delivers each event to every listener until it unsubscribes', async () => {
    const bus = new InProcessBus();
    const a: number[] = [];
    const b: number[] = [];
    const stopA = bus.subscribe((e) => a.push(e.id));
    bus.subscribe((e) => b.push(e.id));
    await bus.publish(removal(1));
    stopA();
    stopA(); // twice is harmless
    await bus.publish(removal(2));
    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2]);
    expect(bus.size).toBe(1);
  });

  it('gives listeners copies: neither the publisher nor another listener can change what one receives', async () => {
    const bus = new InProcessBus();
    const event = { ...removal(3), extra: { nested: 1 } } as LiveEvent & { extra: { nested: number } };
    const seen: Array<LiveEvent & { extra: { nested: number } }> = [];
    bus.subscribe((e) => {
      const x = e as typeof event;
      seen.push(x);
      x.extra.nested = 99;
    });
    bus.subscribe((e) => seen.push(e as typeof event));
    await bus.publish(event);
    expect(event.extra.nested).toBe(1);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[1].extra.nested).toBe(1);
  });

  it('keeps delivering when a listener throws, and logs the failure', async () => {
    const logged: unknown[] = [];
    const bus = new InProcessBus({ error: (obj) => logged.push(obj) });
    const got: number[] = [];
    bus.subscribe(() => {
      throw new Error('broken listener');
    });
    bus.subscribe((e) => got.push(e.id));
    await bus.publish(removal(4));
    expect(got).toEqual([4]);
    expect(logged).toHaveLength(1);
  });

  it('counts the same function subscribed twice as two subscriptions, and forgets everyone on close', async () => {
    const bus = new InProcessBus();
    const got: number[] = [];
    const listener = (e: LiveEvent) => got.push(e.id);
    const stop = bus.subscribe(listener);
    bus.subscribe(listener);
    await bus.publish(removal(5));
    stop();
    await bus.publish(removal(6));
    await bus.close();
    await bus.publish(removal(7));
    expect(got).toEqual([5, 5, 6]);
  });
});
