import * as z from 'zod/mini'

import {ProfileSchema} from './profile.js'

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a catalog id'))
/** A catalog id, or `service/variant` for one variant of it ("reserved-instances/zonal-reserved-instances"). */
const IdOrVariant = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, 'must be a catalog id, or service-id/variant-id'),
  )

/** A rule test case, in the spirit of `cfn-guard test`: an input and the verdict it must get. */
export const RuleFixtureSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  profile: z.optional(ProfileSchema),
  text: z.optional(z.string().check(z.minLength(1))),
  expect: z.strictObject({
    primary: z.optional(Id),
    rejected: z.optional(z.array(IdOrVariant)),
    notRejected: z.optional(z.array(IdOrVariant)),
    recommended: z.optional(z.array(IdOrVariant)),
    /** Services (or variants) a `caution` rule must speak about: it works, but is more than the requirements need. */
    cautioned: z.optional(z.array(IdOrVariant)),
    notCautioned: z.optional(z.array(IdOrVariant)),
  }),
})

export const RuleFixtureFileSchema = z.array(RuleFixtureSchema).check(z.minLength(1))

export type RuleFixture = z.infer<typeof RuleFixtureSchema>
