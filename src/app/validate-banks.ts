import {asError, type Problem} from '../core/validation/problem.js'
import {type LoadBankOptions, loadBankPath} from '../io/load-bank.js'
import {displayPath} from '../io/load-documents.js'

export interface ValidatedBank {
  path: string
  /** The format read, or undefined when the path could not be read. */
  format: string | undefined
  /** Usable questions. */
  questions: number
  /** Question files, for a folder. */
  files?: number
  errors: number
  warnings: number
}

export interface ValidateBanksResult {
  banks: ValidatedBank[]
  /** Usable questions over every path. */
  valid: number
  /** Errors (with --strict, the warnings too). */
  problems: Problem[]
  warnings: Problem[]
  strict: boolean
  /** Some path could not be read at all (exit 2 rather than 1). */
  unreadable: boolean
  /** Warnings by kind (`option-count`, `choose-wording`, `stem-length`, `dropped-content`, …). */
  warningsByRule: Record<string, number>
}

/**
 * Checks banks in any importable format or folders of question files.
 * Errors make a question unusable (or a path unreadable, or hold no
 * question); style is a warning unless `strict`. One bad path never stops the others.
 */
export async function validateBanks(
  paths: readonly string[],
  options: LoadBankOptions & {strict: boolean},
): Promise<ValidateBanksResult> {
  const result: ValidateBanksResult = {
    banks: [],
    valid: 0,
    problems: [],
    warnings: [],
    strict: options.strict,
    unreadable: false,
    warningsByRule: {},
  }
  for (const path of paths) {
    const loaded = await loadBankPath(path, options)
    if (loaded.source === undefined) result.unreadable = true
    result.banks.push({
      path: displayPath(path),
      format: loaded.source?.format,
      questions: loaded.questions.length,
      ...(loaded.files === undefined ? {} : {files: loaded.files}),
      errors: loaded.problems.length + (options.strict ? loaded.warnings.length : 0),
      warnings: options.strict ? 0 : loaded.warnings.length,
    })
    result.valid += loaded.questions.length
    result.problems.push(...loaded.problems)
    if (options.strict) result.problems.push(...loaded.warnings.map(asError))
    else result.warnings.push(...loaded.warnings)
    for (const w of loaded.warnings)
      result.warningsByRule[w.rule ?? 'other'] = (result.warningsByRule[w.rule ?? 'other'] ?? 0) + 1
  }
  return result
}
