// /proc sampling: peak RSS and CPU time of a child process (ProcSampler).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

export class ProcSampler {
  private timer: NodeJS.Timeout | null = null;
  private peakKb = 0;
  private readonly tick = clockTicks();
  constructor(readonly pid: number) {}

  private status(): Record<string, number> {
    const out: Record<string, number> = {};
    try {
      for (const line of readFileSync(`/proc/${this.pid}/status`, 'utf8').split('\n')) {
        const m = /^(Vm\w+):\s+(\d+) kB/.exec(line);
        if (m) out[m[1]] = Number(m[2]);
      }
    } catch {
      // the process is gone
    }
    return out;
  }

  rssKb(): number {
    return this.status().VmRSS ?? 0;
  }

  /** the kernel's high-water mark of the resident set since the process started */
  hwmKb(): number {
    return this.status().VmHWM ?? 0;
  }

  /** user + system CPU seconds so far */
  cpuSeconds(): number {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / this.tick;
    } catch {
      return 0;
    }
  }

  start(): void {
    this.peakKb = Math.max(this.peakKb, this.rssKb());
    this.timer = setInterval(() => {
      this.peakKb = Math.max(this.peakKb, this.rssKb());
    }, 100);
    this.timer.unref();
  }

  /** peak polled since the last reset */
  takePeakKb(): number {
    const p = Math.max(this.peakKb, this.rssKb());
    this.peakKb = 0;
    return p;
  }

  private settledCpu: number | null = null;

  /** Remembers the CPU time at which the process was last seen idle (see idleSinceSettled). */
  markSettled(): void {
    this.settledCpu = this.cpuSeconds();
  }

  /** True when the process has used (next to) no CPU since it was last seen idle. */
  idleSinceSettled(): boolean {
    return this.settledCpu !== null && this.cpuSeconds() - this.settledCpu < 0.02;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Waits until the process is idle: under 5% of a core in each of four quarter-second windows in a
   * row. When autocannon stops, the requests it abandoned are still being worked on by a slow server;
   * the next scenario must not start before they are done. Returns the seconds waited.
   */
  async waitIdle(maxSeconds = 180): Promise<number> {
    const started = performance.now();
    let last = this.cpuSeconds();
    let quiet = 0;
    while ((performance.now() - started) / 1000 < maxSeconds) {
      await new Promise((r) => setTimeout(r, 250));
      const cpu = this.cpuSeconds();
      quiet = cpu - last < 0.0125 ? quiet + 1 : 0;
      if (quiet >= 4) return (performance.now() - started) / 1000;
      last = cpu;
    }
    throw new Error(`The server (pid ${this.pid}) was still busy ${maxSeconds} s after the load stopped`);
  }
}
