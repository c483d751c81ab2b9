import {describe} from 'vitest'

import {HANG_CASES} from './cases/hang.js'
import {runCorpus} from './harness.js'

describe('bad inputs: hangs and unbounded memory', () => runCorpus(HANG_CASES))
