import {parentPort} from 'node:worker_threads'

import type {WorkerTask} from '../app/check-workers.js'
import type {DocumentReport} from '../core/check/finding.js'
import {checkFile, makeCheckDeps} from '../io/check-file.js'
import {loadKnowledgeBase} from '../io/load-knowledge.js'

// One knowledge base and parser set per worker, reused for every chunk it receives.
let depsPromise: ReturnType<typeof makeCheckDeps> | undefined

parentPort!.on('message', async (task: WorkerTask) => {
  try {
    depsPromise ??= loadKnowledgeBase(task.rulesDirs).then((loaded) => {
      if (!loaded.ok) throw new Error('rule pack invalid')
      return makeCheckDeps(loaded.data, task.today)
    })
    const deps = await depsPromise
    const discovered = new Set(task.discovered)
    const reports: DocumentReport[] = []
    for (const file of task.files) {
      const report = checkFile(file, discovered.has(file), deps)
      if (report) reports.push(report)
    }
    parentPort!.postMessage({reports})
  } catch (error) {
    parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)})
  }
})
