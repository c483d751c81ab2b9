import {describe} from 'vitest'

import {WRITE_CASES} from './cases/write.js'
import {runCorpus} from './harness.js'

describe('bad inputs: output that cannot be written', () => runCorpus(WRITE_CASES))
