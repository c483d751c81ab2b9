import {parentPort} from 'node:worker_threads'

import type {WorkerMessage, WorkerReply} from '../app/check-workers.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'

import {finishGuarded} from '../io/check-file.js'
import {loadKnowledgeBase} from '../io/load-knowledge.js'

// One knowledge base per worker, loaded on `init` (before any files are known)
// and reused for every batch. The worker only runs the second pass, so it
// needs neither marked nor the YAML parser.
let kbPromise: Promise<KnowledgeBase> | undefined

const reply = (message: WorkerReply) => parentPort!.postMessage(message)

parentPort!.on('message', async (message: WorkerMessage) => {
  try {
    if (message.type === 'init') {
      kbPromise = loadKnowledgeBase(message.rulesDirs).then((loaded) => {
        if (!loaded.ok) throw new Error('rule pack invalid')
        return loaded.data
      })
      // A failure is reported when the first batch asks for the knowledge base.
      kbPromise.catch(() => {})
      return
    }
    if (!kbPromise) throw new Error('check worker used before init')
    const kb = await kbPromise
    reply({reports: message.pending.map((pending) => finishGuarded(pending, kb))})
  } catch (error) {
    reply({error: error instanceof Error ? error.message : String(error)})
  }
})
