// sharp (libvips) adds about 20 MB to a process's resident memory once loaded (docs/benchmarks.md,
// "Memory"). The public site needs it only to render its two PNGs when they are not cached yet, the
// newsroom only for uploads, the demo loader for its pictures: each loads it on first use, so a
// server that only serves readers never does.
import type sharpDefault from 'sharp';

export type Sharp = typeof sharpDefault;

let loading: Promise<Sharp> | null = null;

export function loadSharp(): Promise<Sharp> {
  return (loading ??= import('sharp').then((m) => m.default));
}
