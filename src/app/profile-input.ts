import {existsSync} from 'node:fs'
import {readdir} from 'node:fs/promises'
import {join} from 'node:path'

import type {Evidence} from '../core/extract/extract-profile.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'

import {type Profile, ProfileSchema} from '../core/knowledge/profile.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {UserError} from '../errors.js'
import {loadProfileFile} from '../io/load-profile.js'
import {packageRoot} from '../io/package-root.js'
import {describeReadFailure, readTextFile} from '../io/read-text.js'

/** Where a profile came from, for the report header. */
export type ProfileSource = 'example' | 'flags' | 'profile' | 'questionnaire' | 'stdin' | 'text'

export interface ResolvedProfile {
  profile: Profile
  evidence: Evidence[]
  source: ProfileSource
  label: string
}

export const examplesDir = (): string => join(packageRoot(), 'examples', 'profiles')

export async function listExamples(): Promise<string[]> {
  const names = await readdir(examplesDir()).catch(() => [] as string[])
  return names
    .filter((n) => /\.(ya?ml|json|txt|md)$/.test(n))
    .map((n) => n.replace(/\.[^.]+$/, ''))
    .sort()
}

/** An example is a profile (YAML/JSON) or a prose scenario (.txt/.md) shipped in examples/profiles. */
async function loadExample(name: string, kb: KnowledgeBase): Promise<ResolvedProfile> {
  for (const ext of ['yaml', 'yml', 'json']) {
    const path = join(examplesDir(), `${name}.${ext}`)
    if (existsSync(path)) return fromFile(path, 'example', `example ${name}`)
  }
  for (const ext of ['txt', 'md']) {
    const path = join(examplesDir(), `${name}.${ext}`)
    if (existsSync(path)) {
      const read = await readTextFile(path)
      if (!read.ok) throw new UserError(`example ${name}: ${describeReadFailure(read.failure)}`)
      return {...(await fromText(read.text, kb)), source: 'example', label: `example ${name}`}
    }
  }
  const known = await listExamples()
  throw new UserError(`there is no bundled example called "${name}"`, {suggestion: `one of: ${known.join(', ')}`})
}

async function fromFile(path: string, source: ProfileSource, label: string): Promise<ResolvedProfile> {
  const loaded = await loadProfileFile(path)
  if (!loaded.ok && loaded.unreadable)
    throw new UserError(`cannot read the profile in ${label}`, {
      problems: loaded.problems,
      suggestion: 'pass a YAML or JSON file of profile fields (see `edgewise advise --example iot-telemetry --json`)',
    })
  if (!loaded.ok)
    throw new UserError(`the profile in ${label} is not valid`, {
      problems: loaded.problems,
      suggestion: 'fix the fields named above; `edgewise advise --help` lists every field and value',
    })
  return {profile: loaded.profile, evidence: [], source, label}
}

/** The extractor (its regexes and prefilter) loads only when there is prose to read. */
async function fromText(text: string, kb: KnowledgeBase): Promise<ResolvedProfile> {
  const {extractProfile} = await import('../core/extract/extract-profile.js')
  const {profile, evidence} = extractProfile(text, kb.lexicon)
  return {profile, evidence, source: 'text', label: 'text'}
}

export interface ProfileInputOptions {
  profileFile?: string
  text?: string
  stdinText?: string
  example?: string
  /** Values from dimension flags; they override whatever the other source said. */
  overrides: Partial<Profile>
}

/** Builds the profile from whichever inputs were given; flags always win over file, text or example. */
export async function resolveProfile(
  options: ProfileInputOptions,
  kb: KnowledgeBase,
): Promise<ResolvedProfile | undefined> {
  const given = [options.profileFile, options.text, options.example].filter((v) => v !== undefined).length
  if (given > 1)
    throw new UserError('give only one of --profile, --text and --example', {
      suggestion: 'combine one of them with dimension flags such as --latency',
    })
  // An empty --text says nothing, exactly like empty stdin (which is refused too).
  if (options.text !== undefined && options.text.trim() === '')
    throw new UserError('--text is empty', {
      suggestion: 'write the requirements in it, e.g. --text "Nightly batch jobs of 2 hours that can be restarted"',
    })
  let base: ResolvedProfile | undefined
  if (options.profileFile !== undefined) base = await fromFile(options.profileFile, 'profile', options.profileFile)
  else if (options.example !== undefined) base = await loadExample(options.example, kb)
  else if (options.text !== undefined) base = await fromText(options.text, kb)
  else if (options.stdinText !== undefined)
    base = {...(await fromText(options.stdinText, kb)), source: 'stdin', label: 'standard input'}
  const overrides = Object.fromEntries(Object.entries(options.overrides).filter(([, v]) => v !== undefined))
  if (!base && Object.keys(overrides).length === 0) return undefined
  const merged = {...base?.profile, ...overrides}
  const checked = parseReporting(ProfileSchema, merged)
  if (!checked.success)
    throw new UserError('the flags do not form a valid profile', {
      problems: issuesToProblems('flags', checked.error.issues),
    })
  const overridden = new Set(Object.keys(overrides))
  return {
    profile: checked.data,
    evidence: (base?.evidence ?? []).filter((e) => !overridden.has(e.field)),
    source: base?.source ?? 'flags',
    label: base ? (Object.keys(overrides).length > 0 ? `${base.label} + flags` : base.label) : 'flags',
  }
}
