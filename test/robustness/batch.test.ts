import {describe} from 'vitest'

import {BATCH_CASES} from './cases/batch.js'
import {runCorpus} from './harness.js'

describe('bad inputs: one file never stops a batch', () => runCorpus(BATCH_CASES))
