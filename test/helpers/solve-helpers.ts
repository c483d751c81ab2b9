import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {solveQuestion} from '../../src/core/questions/solve.js'
import {bundledKnowledge} from './knowledge.js'

/**
 * The bundled knowledge base with the two calls the own-words solve tests
 * make: `solve` a question (choose N when given) and `read` a text into the
 * profile the lexicon extracts.
 */
export async function solveHelpers() {
  const kb = await bundledKnowledge()
  return {
    kb,
    solve: (stem: string, options: string[], choose?: number) => solveQuestion(kb, {stem, options, choose}),
    read: (text: string) => extractProfile(text, kb.lexicon).profile,
  }
}
