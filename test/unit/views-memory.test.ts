// The in-memory parts of view counting: the dedupe window, the flood limit and the reader hash.
import { describe, expect, it } from 'vitest';
import { DedupeWindow } from '../../src/audience/views/dedupe.js';
import { FloodLimit } from '../../src/audience/views/flood.js';
import { ReaderIdentity } from '../../src/audience/views/identity.js';

const MIN = 60_000;

describe('DedupeWindow', () => {
  it('remembers a key for the window, then lets it count again', () => {
    const w = new DedupeWindow(30 * MIN, 100);
    expect(w.firstIn('r1:7', 0)).toBe(true);
    expect(w.firstIn('r1:7', 29 * MIN)).toBe(false);
    expect(w.firstIn('r1:8', 29 * MIN)).toBe(true);
    expect(w.firstIn('r1:7', 30 * MIN)).toBe(true);
    expect(w.firstIn('r1:7', 45 * MIN)).toBe(false);
  });

  it('sweeps expired entries and never holds more than its cap', () => {
    const w = new DedupeWindow(30 * MIN, 1000);
    for (let i = 0; i < 800; i++) w.firstIn(`a${i}`, 0);
    expect(w.size).toBe(800);
    w.firstIn('late', 31 * MIN);
    expect(w.size).toBe(1);
    for (let i = 0; i < 5000; i++) w.firstIn(`b${i}`, 40 * MIN);
    expect(w.size).toBe(1000);
    expect(w.evicted).toBe(4001);
    // The oldest went first: the newest keys are still remembered.
    expect(w.firstIn('b4999', 41 * MIN)).toBe(false);
    expect(w.firstIn('b0', 41 * MIN)).toBe(true);
  });
});

describe('FloodLimit', () => {
  it('allows `limit` per window per key, says when to retry, and starts afresh', () => {
    const f = new FloodLimit(3, MIN, 10);
    const t = 10 * MIN + 15_000;
    expect([f.check('x', t), f.check('x', t), f.check('x', t)]).toEqual([0, 0, 0]);
    expect(f.check('x', t)).toBe(45);
    expect(f.check('y', t)).toBe(0);
    expect(f.check('x', 11 * MIN)).toBe(0);
  });

  it('tracks at most maxAddresses per window', () => {
    const f = new FloodLimit(1, MIN, 2);
    f.check('a', 0);
    f.check('b', 0);
    f.check('c', 0);
    expect(f.check('a', 0)).toBeGreaterThan(0);
    expect(f.check('c', 0)).toBe(0); // not tracked: the map stays bounded
  });
});

describe('ReaderIdentity', () => {
  it('is stable within a day, differs per address, browser and article, and changes with the day', () => {
    let now = Date.parse('2024-02-14T10:00:00Z');
    const id = new ReaderIdentity(() => now);
    const v = id.view('203.0.113.7', 'Firefox', 42);
    expect(Number.isSafeInteger(v)).toBe(true);
    expect(id.view('203.0.113.7', 'Firefox', 42)).toBe(v);
    const others = [id.view('203.0.113.8', 'Firefox', 42), id.view('203.0.113.7', 'Chrome', 42), id.view('203.0.113.7', 'Firefox', 43), id.address('203.0.113.7')];
    expect(new Set([v, ...others]).size).toBe(5);
    expect(id.address('203.0.113.7')).toBe(id.address('203.0.113.7'));
    now += 86_400_000;
    expect(id.view('203.0.113.7', 'Firefox', 42)).not.toBe(v);
  });

  it('uses a salt of its own: two processes cannot link their hashes', () => {
    const now = () => 0;
    expect(new ReaderIdentity(now).view('a', 'b', 1)).not.toBe(new ReaderIdentity(now).view('a', 'b', 1));
  });
});
