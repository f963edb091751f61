// Progress lines for long-running commands: one updating line on a terminal, plain lines in logs.
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  let lastStep = '';
  let lastLen = 0;
  return {
    update(step: string, done: number, total: number) {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      const line = `  ${step}: ${done}/${total} (${pct}%)`;
      if (stream.isTTY) {
        stream.write('\r' + line.padEnd(lastLen));
        lastLen = line.length;
        if (done >= total) {
          stream.write('\n');
          lastLen = 0;
        }
      } else if (step !== lastStep || done >= total) {
        if (done >= total) stream.write(line + '\n');
      }
      lastStep = step;
    },
  };
}
