import {parentPort} from 'node:worker_threads'

import type {WorkerMessage, WorkerReply} from '../app/check-workers.js'
import type {DocumentReport} from '../core/check/finding.js'
import {checkFile, makeCheckDeps} from '../io/check-file.js'
import {loadKnowledgeBase} from '../io/load-knowledge.js'

// One knowledge base and parser set per worker, loaded on `init` (before any
// files are known) and reused for every chunk.
let depsPromise: ReturnType<typeof makeCheckDeps> | undefined

const reply = (message: WorkerReply) => parentPort!.postMessage(message)

parentPort!.on('message', async (message: WorkerMessage) => {
  try {
    if (message.type === 'init') {
      depsPromise = loadKnowledgeBase(message.rulesDirs).then((loaded) => {
        if (!loaded.ok) throw new Error('rule pack invalid')
        return makeCheckDeps(loaded.data, message.today)
      })
      // A failure is reported when the first chunk asks for the deps.
      depsPromise.catch(() => {})
      return
    }
    if (!depsPromise) throw new Error('check worker used before init')
    const deps = await depsPromise
    const discovered = new Set(message.discovered)
    const reports: DocumentReport[] = []
    for (const file of message.files) {
      const report = checkFile(file, discovered.has(file), deps)
      if (report) reports.push(report)
    }
    reply({reports})
  } catch (error) {
    reply({error: error instanceof Error ? error.message : String(error)})
  }
})
