// (being written in this change)
import type { NewsroomDeps } from '../deps.js';

export function startScheduler(_deps: NewsroomDeps): { stop(): void } {
  return { stop() {} };
}
