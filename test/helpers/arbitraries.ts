import * as fc from 'fast-check'

import type {Profile} from '../../src/core/knowledge/profile.js'

import {FIELD_SPECS, type FieldSpec} from '../../src/core/knowledge/profile-fields.js'

function valueOf(spec: FieldSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'enum':
      return fc.constantFrom(...spec.values)
    case 'choice':
      return fc.constantFrom(...spec.values)
    case 'boolean':
      return fc.boolean()
    case 'number':
      // Mix values around the limits rules compare against with arbitrary ones.
      return fc.oneof(
        fc.constantFrom(0, 0.0005, 0.001, 2, 5, 10, 30, 128, 900, 901, 10_240, 122_880, 200_000),
        fc.double({min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true}),
      )
  }
}

/** Any valid profile: every field independently present or absent. */
export const arbitraryProfile: fc.Arbitrary<Profile> = fc.record(
  Object.fromEntries(Object.entries(FIELD_SPECS).map(([field, spec]) => [field, valueOf(spec as FieldSpec)])),
  {requiredKeys: []},
) as fc.Arbitrary<Profile>
