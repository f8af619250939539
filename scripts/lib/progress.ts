// A one-line progress bar on stderr, as `npm run search:reindex` and `npm run bench` show it.
export function progressBar(prefix: string, total: number, unit: string): (done: number) => void {
  return (done: number) => {
    const share = total ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * 30);
    process.stderr.write(`\r${prefix} [${"#".repeat(filled)}${".".repeat(30 - filled)}] ${done}/${total} ${unit}`);
  };
}
