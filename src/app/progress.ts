/**
 * A one-line progress bar on stderr, only when stderr is a terminal and the
 * batch is large enough to wait for; stdout stays clean for the report.
 */
export function createProgress(
  stream: NodeJS.WriteStream,
  minTotal = 100,
): {update: (done: number, total: number) => void; done: () => void} {
  let shown = false
  let last = 0
  return {
    update(done, total) {
      if (!stream.isTTY || total < minTotal) return
      const now = Date.now()
      if (now - last < 100 && done < total) return
      last = now
      const width = 30
      const filled = Math.round((done / total) * width)
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} documents`)
      shown = true
    },
    done() {
      if (shown) stream.write('\r\u001B[K')
    },
  }
}
