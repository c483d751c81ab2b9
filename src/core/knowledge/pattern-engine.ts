import type {LexiconEntry} from './lexicon.js'

/** Compiles one lexicon pattern for a global, case-insensitive search. */
export type PatternCompiler = (source: string) => RegExp

const backtracking: PatternCompiler = (source) => new RegExp(source, 'gi')

/**
 * Entries whose patterns run on another engine. The bundled lexicon runs on
 * V8's backtracking engine (fast, and its patterns are tested for linear time);
 * a user's pack is data, so the loader hands its entries a linear-time engine:
 * no pattern it contains can make matching take more than linear time.
 */
const compilers = new WeakMap<LexiconEntry, PatternCompiler>()

/** Runs `entry`'s patterns with `compile` from now on (the loader calls this for user packs). */
export function usePatternCompiler(entry: LexiconEntry, compile: PatternCompiler): void {
  compilers.set(entry, compile)
}

/** The compiled form of one of `entry`'s patterns, on the engine chosen for the entry. */
export function compileLexiconPattern(entry: LexiconEntry, source: string): RegExp {
  return (compilers.get(entry) ?? backtracking)(source)
}
