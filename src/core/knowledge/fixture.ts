import * as z from 'zod/mini'

import {ProfileSchema} from './profile.js'

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a catalog id'))

/** A rule test case, in the spirit of `cfn-guard test`: an input and the verdict it must get. */
export const RuleFixtureSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  profile: z.optional(ProfileSchema),
  text: z.optional(z.string().check(z.minLength(1))),
  expect: z.strictObject({
    primary: z.optional(Id),
    rejected: z.optional(z.array(Id)),
    notRejected: z.optional(z.array(Id)),
    recommended: z.optional(z.array(Id)),
  }),
})

export const RuleFixtureFileSchema = z.array(RuleFixtureSchema).check(z.minLength(1))

export type RuleFixture = z.infer<typeof RuleFixtureSchema>
