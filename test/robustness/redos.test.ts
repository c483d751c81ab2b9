import {describe} from 'vitest'

import {REDOS_CASES} from './cases/redos.js'
import {runCorpus} from './harness.js'

describe('bad inputs: no text or pattern takes more than linear time', () => runCorpus(REDOS_CASES))
