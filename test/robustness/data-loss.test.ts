import {describe} from 'vitest'

import {DATA_LOSS_CASES} from './cases/data-loss.js'
import {runCorpus} from './harness.js'

describe('bad inputs: nothing is lost or silently missed', () => runCorpus(DATA_LOSS_CASES))
