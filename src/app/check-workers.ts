import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'

import type {FirstPass, PendingDocument} from '../core/check/check-document.js'
import type {DocumentReport} from '../core/check/finding.js'

/** Messages to a check worker: load the knowledge base once, then finish batches of read documents. */
export type WorkerMessage = {type: 'finish'; pending: PendingDocument[]} | {type: 'init'; rulesDirs: string[]}

/** Messages back: one report per pending document of a batch, or why the worker cannot go on. */
export type WorkerReply = {error: string} | {reports: DocumentReport[]}

/** Files this thread reads between two looks at the workers' replies (a few milliseconds of work). */
const READ_BATCH = 8
/** Pending documents per message to a worker: enough that messages cost little next to the judging. */
const FINISH_BATCH = 32
/** Batches a worker holds at once, so it never waits for this thread to hand it the next one. */
const IN_FLIGHT = 2
/**
 * Pending documents per worker beyond which this thread judges some itself
 * instead of reading on (BACKLOG_WHILE_READING) or instead of waiting for the
 * workers once everything is read (BACKLOG_AFTER_READING). High on purpose:
 * the first documents this thread judges pay for compiling the judging code
 * a second time (the JIT compiles per thread, 0.3–0.5 s of CPU taken from the
 * worker on a 2-core machine); helping with a short backlog cost more than it
 * saved (10 of 10 interleaved runs of the bench faster without it).
 */
const BACKLOG_WHILE_READING = 32 * FINISH_BATCH
const BACKLOG_AFTER_READING = 8 * FINISH_BATCH

export interface WorkerPool {
  /**
   * Checks the files: this thread reads each one (`read`, the first pass) and
   * hands the documents left pending to the workers, which judge them (the
   * second pass); it judges some itself (`finish`) only when the workers fall
   * far behind (see BACKLOG_WHILE_READING). Ends the workers. Reports come in
   * no particular order.
   */
  check(
    files: readonly string[],
    discovered: ReadonlySet<string>,
    read: (file: string, discovered: boolean) => FirstPass | undefined,
    finish: (pending: PendingDocument) => DocumentReport,
    onProgress?: (done: number, total: number) => void,
  ): Promise<DocumentReport[]>
  /** Ends the workers without using them (the batch turned out too small). */
  close(): Promise<void>
}

const yieldToEvents = () =>
  new Promise((resolve) => {
    setImmediate(resolve)
  })

/**
 * First in, first out, and lets go of what it hands out: the documents waiting
 * for their second pass hold their whole text, and keeping every handed-out
 * one alive made the main thread's garbage collector copy them over and over.
 */
class Queue<T> {
  private head = 0
  private items: T[] = []

  get size(): number {
    return this.items.length - this.head
  }

  push(item: T): void {
    this.items.push(item)
  }

  take(count: number): T[] {
    const taken = this.items.slice(this.head, (this.head = Math.min(this.items.length, this.head + count)))
    // Compacted once most of the array has been handed out: amortized constant time per item.
    if (this.head >= 64 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head)
      this.head = 0
    }
    return taken
  }
}

/**
 * Starts `jobs` workers that begin loading the knowledge base at once, so the
 * caller can start them before it has finished listing the files (booting a
 * worker costs about as much as walking a large folder).
 *
 * Why a pipeline and not documents split between threads: V8 compiles the
 * code a thread runs for that thread alone, and the checker's code takes the
 * first few thousand documents to warm up. Split by document, every thread
 * warmed up all of it; split by pass, each thread warms up only its half and
 * runs it on every document.
 */
export function startWorkers(jobs: number, rulesDirs: readonly string[], judgeBacklog?: number): WorkerPool {
  const whileReading = judgeBacklog ?? BACKLOG_WHILE_READING
  const afterReading = judgeBacklog ?? BACKLOG_AFTER_READING
  const workerPath = fileURLToPath(new URL('../workers/check-worker.js', import.meta.url))
  const workers = Array.from({length: jobs}, () => {
    const worker = new Worker(workerPath)
    worker.postMessage({type: 'init', rulesDirs: [...rulesDirs]} satisfies WorkerMessage)
    return worker
  })
  let closing = false
  const close = async () => {
    closing = true
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return {
    close,
    async check(files, discovered, read, finish, onProgress) {
      const reports: DocumentReport[] = []
      // Documents waiting for their second pass.
      const pending = new Queue<PendingDocument>()
      let reading = true
      let done = 0
      let failure: Error | undefined
      const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]))
      // Set at once: a promise's executor runs before the constructor returns.
      let allFinished!: () => void
      const finished = new Promise<void>((resolve) => {
        allFinished = resolve
      })
      const settle = () => {
        if ((failure || (!reading && pending.size === 0)) && [...inFlight.values()].every((n) => n === 0)) allFinished()
      }
      const hand = (worker: Worker) => {
        // eslint-disable-next-line no-unmodified-loop-condition -- a guard: the loop ends when the worker is full or nothing waits
        while (!failure && inFlight.get(worker)! < IN_FLIGHT) {
          const waiting = pending.size
          // A full batch, or whatever there is when the worker has nothing to do or reading is over.
          if (waiting === 0 || (waiting < FINISH_BATCH && reading && inFlight.get(worker)! > 0)) return
          const batch = pending.take(FINISH_BATCH)
          inFlight.set(worker, inFlight.get(worker)! + 1)
          worker.postMessage({type: 'finish', pending: batch} satisfies WorkerMessage)
        }
      }
      for (const worker of workers) {
        worker.on('message', (reply: WorkerReply) => {
          inFlight.set(worker, inFlight.get(worker)! - 1)
          if ('error' in reply) failure ??= new Error(reply.error)
          else {
            reports.push(...reply.reports)
            done += reply.reports.length
            onProgress?.(done, files.length)
            hand(worker)
          }
          settle()
        })
        worker.on('error', (error) => {
          failure ??= error
          inFlight.set(worker, 0)
          settle()
        })
        // A worker that stops without an error (it should not) must not leave the batch waiting for it.
        worker.on('exit', (code) => {
          if (closing) return
          failure ??= new Error(`a check worker stopped unexpectedly (exit code ${code})`)
          inFlight.set(worker, 0)
          settle()
        })
      }
      // Judges a few pending documents in this thread, then lets the workers' replies in.
      const finishSome = async () => {
        for (const document of pending.take(READ_BATCH)) {
          reports.push(finish(document))
          done++
        }
        onProgress?.(done, files.length)
        await yieldToEvents()
      }
      try {
        // eslint-disable-next-line no-unmodified-loop-condition -- the workers' event handlers set `failure` while this awaits
        for (let i = 0; i < files.length && !failure; i++) {
          const first = read(files[i]!, discovered.has(files[i]!))
          if (first && 'report' in first) {
            reports.push(first.report)
            done++
          } else if (first) pending.push(first.pending)
          if (i % READ_BATCH === READ_BATCH - 1) {
            for (const worker of workers) hand(worker)
            onProgress?.(done, files.length)
            // Lets the workers' replies in, so each gets its next batch without waiting for the whole read.
            await yieldToEvents()
            // When the workers fall behind, this thread helps rather than let documents pile up
            // (each holds its text, and a long queue is what the garbage collector copies).
            // eslint-disable-next-line no-unmodified-loop-condition -- the workers' event handlers set `failure` while this awaits
            while (!failure && pending.size > whileReading * workers.length) await finishSome()
          }
        }
        reading = false
        for (const worker of workers) hand(worker)
        // Everything is read: with a long queue left, this thread judges too.
        // eslint-disable-next-line no-unmodified-loop-condition -- the workers' event handlers set `failure` while this awaits
        while (!failure && pending.size > afterReading * workers.length) await finishSome()
        for (const worker of workers) hand(worker)
        settle()
        await finished
        if (failure) throw failure
      } finally {
        await close()
      }
      return reports
    },
  }
}
