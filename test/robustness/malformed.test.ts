import {describe} from 'vitest'

import {MALFORMED_CASES} from './cases/malformed.js'
import {runCorpus} from './harness.js'

describe('bad inputs: malformed input is refused clearly', () => runCorpus(MALFORMED_CASES))
