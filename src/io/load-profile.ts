import type {Problem} from '../core/validation/problem.js'

import {type Profile, ProfileSchema} from '../core/knowledge/profile.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {displayPath} from './load-documents.js'
import {parseDataText} from './parse-data.js'
import {describeReadFailure, readTextFile} from './read-text.js'

/** `unreadable`: the file could not be read or parsed at all; otherwise its fields are at fault. */
export type LoadedProfile = {ok: false; problems: Problem[]; unreadable?: boolean} | {ok: true; profile: Profile}

/** Reads a YAML or JSON profile file and validates it, naming the file and field path of every problem. */
export async function loadProfileFile(path: string): Promise<LoadedProfile> {
  const file = displayPath(path)
  const read = await readTextFile(path)
  if (!read.ok)
    return {ok: false, unreadable: true, problems: [{file, path: '', message: describeReadFailure(read.failure)}]}
  const parsed = await parseDataText(path, read.text)
  if (!parsed.ok) return {ok: false, unreadable: true, problems: [{...parsed.problem, file}]}
  return validateProfile(file, parsed.value)
}

export function validateProfile(file: string, value: unknown): LoadedProfile {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          file,
          path: '',
          message: 'a profile is a mapping of field: value (see `edgewise advise --help` for the fields)',
        },
      ],
    }
  }
  const result = parseReporting(ProfileSchema, value)
  return result.success
    ? {ok: true, profile: result.data}
    : {ok: false, problems: issuesToProblems(file, result.error.issues, [], ProfileSchema)}
}
