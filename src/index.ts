export type {Advice} from './core/advisor/advice.js'
/** edgewise as a library: the pure core, for use without the CLI. */
export {advise, adviseSync} from './core/advisor/advise.js'
export {extractProfile} from './core/extract/extract-profile.js'
export {type Profile, ProfileSchema} from './core/knowledge/profile.js'
export {generateQuestions} from './core/questions/generate.js'
export {solveQuestion} from './core/questions/solve.js'
export {loadKnowledgeBase} from './io/load-knowledge.js'
export {loadPhraseBook} from './io/load-phrases.js'
