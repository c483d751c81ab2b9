import {FIELD_ORDER, FIELD_SPECS, type FieldSpec} from '../core/knowledge/profile-fields.js'
import type {Profile} from '../core/knowledge/profile.js'

const SKIP = '__skip__'

export interface QuestionnaireResult {
  profile: Profile
  savePath: string | undefined
}

/**
 * Asks for the profile one field at a time, skipping fields that earlier answers
 * make irrelevant (no CloudFront-event question for an IoT workload). Every
 * question can be skipped: unknown facts never rule a candidate out.
 */
export async function runQuestionnaire(context: {input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream} = {}): Promise<QuestionnaireResult> {
  const {input, select} = await import('@inquirer/prompts')
  const ctx = context.input || context.output ? (context as never) : undefined
  const profile: Record<string, unknown> = {}
  for (const field of FIELD_ORDER) {
    const spec = FIELD_SPECS[field] as FieldSpec
    if (spec.askWhen && !spec.askWhen(profile as Profile)) continue
    if (spec.kind === 'enum' || spec.kind === 'choice') {
      const choices = spec.values.map((v) => ({name: spec.valueLabels[String(v)] ?? String(v), value: String(v)}))
      // Every answer on screen at once (the default page of 7 would scroll the longer lists).
      const all = [...choices, {name: 'skip / not sure', value: SKIP}]
      const answer = await select({message: spec.question, choices: all, pageSize: all.length}, ctx)
      if (answer !== SKIP) profile[field] = spec.kind === 'choice' ? Number(answer) : answer
    } else if (spec.kind === 'boolean') {
      const answer = await select({message: spec.question, choices: [{name: 'yes', value: 'yes'}, {name: 'no', value: 'no'}, {name: 'skip / not sure', value: SKIP}]}, ctx)
      if (answer !== SKIP) profile[field] = answer === 'yes'
    } else {
      const answer = await input(
        {
          message: spec.question,
          validate: (v: string) => v.trim() === '' || (Number.isFinite(Number(v)) && Number(v) >= 0) || `enter a number of ${spec.unit}, or leave blank`,
        },
        ctx,
      )
      if (answer.trim() !== '') profile[field] = Number(answer)
    }
  }
  const save = await input({message: 'Save these answers as a profile file? Path (blank to skip):'}, ctx)
  return {profile: profile as Profile, savePath: save.trim() === '' ? undefined : save.trim()}
}
