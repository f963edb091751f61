// Autosave: 3 s after the last change, one request at a time, the version from each answer carried
// into the next request. A conflict stops it for good (the server's newer text is never overwritten);
// a refused form waits for the next change; a network failure retries with a growing pause.
// No DOM here: the page side (mount.ts) gives it the send function and shows the states.

export interface ConflictInfo {
  message: string;
  current: { version?: number | string; headline?: string; updatedByName?: string | null; updatedAt?: number | string } | null;
}

export type SaveOutcome =
  | { kind: 'saved'; version: string; savedAtText: string }
  | ({ kind: 'conflict' } & ConflictInfo)
  | { kind: 'invalid'; message: string }
  | { kind: 'signedOut'; message: string }
  | { kind: 'failed'; message: string };

export type AutosaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; savedAtText: string }
  | { status: 'invalid'; message: string }
  | { status: 'signedOut'; message: string }
  | { status: 'offline'; retryInMs: number; message: string }
  | ({ status: 'conflict' } & ConflictInfo);

export interface AutosaveOptions {
  /** sends the form; never throws (network failures are { kind: 'failed' }) */
  send(body: URLSearchParams, keepalive: boolean): Promise<SaveOutcome>;
  /** the form as it is now */
  collect(): URLSearchParams;
  /** the server accepted the save: the form's version field gets the new version */
  applyVersion(version: string): void;
  onState(state: AutosaveState): void;
  /** called after a save that left nothing unsaved (the local backup can go) */
  onClean?(): void;
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

const RETRY_MAX_MS = 60_000;

export class Autosaver {
  private seq = 0;
  private savedSeq = 0;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private runAgain = false;
  private failures = 0;
  private stoppedBy: ConflictInfo | null = null;
  private readonly delay: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (id: unknown) => void;
  state: AutosaveState = { status: 'idle' };

  constructor(private readonly o: AutosaveOptions) {
    this.delay = o.delayMs ?? 3000;
    this.setTimer = o.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = o.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  }

  /** changes the server has not acknowledged yet */
  get dirty(): boolean {
    return this.seq !== this.savedSeq;
  }

  get saving(): boolean {
    return this.inFlight !== null;
  }

  /** after a conflict autosave is off for the rest of the page's life */
  get stopped(): boolean {
    return this.stoppedBy !== null;
  }

  private set(state: AutosaveState) {
    this.state = state;
    this.o.onState(state);
  }

  private schedule(ms: number) {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run(false);
    }, ms);
  }

  /** Something in the form changed. */
  changed(): void {
    this.seq++;
    if (this.stopped) return;
    // while offline the retry schedule stands (no request per keystroke); a new change is in the next try anyway
    if (this.state.status === 'offline' && this.timer !== null) return;
    if (!this.saving) this.set({ status: 'pending' });
    this.schedule(this.delay);
  }

  /** Save now if anything is unsaved (the page is being hidden: keepalive lets the request outlive it). */
  flush(keepalive = false): Promise<void> {
    if (this.stopped || !this.dirty) return this.inFlight ?? Promise.resolve();
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    return this.run(keepalive);
  }

  /** Resolves when no request is running (before a manual submit, which needs the latest version). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** Stop scheduling (the form is being submitted by hand). */
  pause(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private run(keepalive: boolean): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.inFlight) {
      this.runAgain = true;
      return this.inFlight;
    }
    if (!this.dirty) return Promise.resolve();
    const startSeq = this.seq;
    this.set({ status: 'saving' });
    this.inFlight = (async () => {
      const outcome = await this.o.send(this.o.collect(), keepalive).catch((err: unknown): SaveOutcome => ({ kind: 'failed', message: String(err) }));
      this.handle(outcome, startSeq);
    })().finally(() => {
      this.inFlight = null;
      if (this.runAgain && !this.stopped) {
        this.runAgain = false;
        void this.run(false);
      }
    });
    return this.inFlight;
  }

  private handle(outcome: SaveOutcome, startSeq: number) {
    switch (outcome.kind) {
      case 'saved':
        this.failures = 0;
        this.savedSeq = startSeq;
        this.o.applyVersion(outcome.version);
        this.set({ status: 'saved', savedAtText: outcome.savedAtText });
        if (this.dirty) {
          // typed while the request was out: the next save follows the usual pause
          if (this.timer === null && !this.runAgain) this.schedule(this.delay);
        } else this.o.onClean?.();
        return;
      case 'conflict':
        this.stoppedBy = { message: outcome.message, current: outcome.current };
        this.runAgain = false;
        this.pause();
        this.set({ status: 'conflict', message: outcome.message, current: outcome.current });
        return;
      case 'invalid':
        this.failures = 0;
        this.runAgain = false;
        this.set({ status: 'invalid', message: outcome.message });
        return;
      case 'signedOut':
        this.failures = 0;
        this.runAgain = false;
        this.set({ status: 'signedOut', message: outcome.message });
        return;
      case 'failed': {
        this.failures++;
        const wait = Math.min(this.delay * 2 ** (this.failures - 1), RETRY_MAX_MS);
        this.runAgain = false;
        this.schedule(wait);
        this.set({ status: 'offline', retryInMs: wait, message: outcome.message });
        return;
      }
    }
  }

  /** The network is back: try at once instead of waiting for the retry timer. */
  retryNow(): void {
    if (this.state.status !== 'offline' || this.stopped) return;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    void this.run(false);
  }
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** The autosave endpoint's answer -> what happened. */
export function interpretSaveResponse(status: number, body: unknown): SaveOutcome {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (status >= 200 && status < 300 && b.ok === true && (typeof b.version === 'number' || typeof b.version === 'string')) {
    return { kind: 'saved', version: String(b.version), savedAtText: str(b.savedAtText) ?? '' };
  }
  if (status === 409 && b.conflict === true) {
    const current = b.current && typeof b.current === 'object' ? (b.current as ConflictInfo['current']) : null;
    return { kind: 'conflict', message: str(b.message) ?? 'Someone else saved a newer version of this article.', current };
  }
  if (status === 401 || status === 403) {
    return { kind: 'signedOut', message: str(b.message) ?? str(b.error) ?? 'You are signed out or may not edit this article. Sign in again in another tab; your text stays here.' };
  }
  if (status >= 400 && status < 500) {
    const fields = b.fields && typeof b.fields === 'object' ? Object.values(b.fields as Record<string, unknown>).map(str).filter((s): s is string => !!s) : [];
    const message = str(b.message) ?? str(b.error) ?? (fields.length ? '' : `The server refused the autosave (${status}).`);
    return { kind: 'invalid', message: [message, ...fields.filter((f) => f !== message)].filter(Boolean).join(' ') };
  }
  return { kind: 'failed', message: `The server answered ${status}.` };
}

/** One autosave request; a network failure is an outcome, not an exception. */
export async function postAutosave(url: string, body: URLSearchParams, keepalive: boolean, csrf: string): Promise<SaveOutcome> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'x-csrf-token': csrf, accept: 'application/json' },
      credentials: 'same-origin',
      // a keepalive request may carry 64 KB at most; a longer text relies on the local backup
      keepalive: keepalive && body.toString().length < 60_000,
    });
    let json: unknown = null;
    try {
      json = await res.json();
    } catch {
      json = null;
    }
    return interpretSaveResponse(res.status, json);
  } catch (err) {
    return { kind: 'failed', message: String(err) };
  }
}
