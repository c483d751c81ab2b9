import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {findServices} from '../../src/core/extract/find-services.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const escape = (s: string) => s.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)
const normalize = (alias: string) => (alias.length <= 3 ? alias : alias.toLowerCase().replaceAll(/[\s-]+/g, ' '))
const perAlias = (keys: string[], flags: string) =>
  new RegExp(
    [...keys]
      .sort((a, b) => b.length - a.length)
      .map(
        (k) =>
          `(?<![\\w@])${k
            .split(/[\s-]+/)
            .map(escape)
            .join(String.raw`[\s-]+`)}(?![\\w@])`,
      )
      .join('|'),
    flags,
  )

/**
 * findServices compiles every alias into one alternation with the word-edge
 * assertions outside it. The reference here puts them around each alias, as
 * the first version did: the mentions must be the same.
 */
describe('findServices', async () => {
  const kb = await bundledKnowledge()
  const aliases = kb.catalog.flatMap((e) => [
    e.name,
    ...e.aliases,
    ...(e.variants ?? []).flatMap((v) => [v.name, ...v.aliases]),
  ])
  const keys = [...new Set(aliases.map(normalize))]
  const reference = (text: string) => {
    const found: {alias: string; start: number; end: number}[] = []
    for (const regex of [
      perAlias(
        keys.filter((k) => k.length > 3),
        'gi',
      ),
      perAlias(
        keys.filter((k) => k.length <= 3),
        'g',
      ),
    ]) {
      for (const m of text.matchAll(regex)) found.push({alias: m[0], start: m.index, end: m.index + m[0].length})
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    const mentions: typeof found = []
    for (const m of found) if (!mentions.some((k) => m.start < k.end && k.start < m.end)) mentions.push(m)
    return mentions
  }

  // The alternation is what this property pins; the ambiguous-alias filter is tested below.
  const plain = kb.catalog.map(({ambiguous: _, ...entry}) => entry)

  it('finds the same mentions as an alias-by-alias alternation', () => {
    const piece = fc.oneof(
      fc
        .constantFrom(...aliases)
        .chain((a) =>
          fc.constantFrom(a, a.toUpperCase(), a.toLowerCase(), a.replaceAll(' ', '-'), `${a}s`, `@${a}`, `x${a}`),
        ),
      fc.constantFrom('we chose', 'over', 'and', 'the', 'run on', '.', ',', '(', ')', '\n'),
    )
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 25}), (pieces) => {
        const text = pieces.join(' ')
        expect(findServices(text, plain).map(({alias, start, end}) => ({alias, start, end}))).toEqual(reference(text))
      }),
      {numRuns: 300, seed: 20_261_126},
    )
  })

  const services = (text: string) => findServices(text, kb.catalog).map((m) => m.service)

  it('reads an alias that is also an ordinary word only where it names the service', () => {
    expect(services('Session data lives in DynamoDB on-demand capacity mode.')).toEqual([])
    expect(services('Thumbnails are generated on demand.')).toEqual([])
    expect(services('We run the base load on On-Demand Instances and the burst on Spot Instances.')).toEqual([
      'ec2-on-demand',
      'ec2-spot',
    ])
    expect(services('The base runs On-Demand; the burst runs on Spot Instances.')).toEqual([
      'ec2-on-demand',
      'ec2-spot',
    ])
    expect(services('Our pipeline follows the Lambda architecture of batch and speed layers.')).toEqual([])
    expect(services('A Python lambda function sorts the list.')).toEqual([])
    expect(services('Uploads trigger a Lambda function.')).toEqual(['lambda'])
    expect(services('Small delays have a snowball effect on the queue.')).toEqual([])
    expect(services('The plan uses DB Instance Class db.t3.small, and the cache runs on cache.m5.large.')).toEqual([])
    expect(services('The workers run on t3.small instances.')).toEqual(['burstable-instances'])
    expect(services('Clients call an Amazon API Gateway endpoint that invokes the function.')).not.toContain(
      'vpc-endpoints',
    )
    expect(services('The private subnets reach S3 through a gateway endpoint.')).toContain('vpc-endpoints')
  })

  it('reads an instance family named with its letter between the words ("Storage optimized I instances")', () => {
    expect(services('Storage optimized I instances that use their local NVMe SSD instance store')).toEqual([
      'storage-optimized-instances',
    ])
    expect(services('Memory optimized R instances with io2 volumes')).toEqual(['memory-optimized-instances'])
    expect(new Set(services('Compute-optimized C7g instances'))).toEqual(new Set(['compute-optimized-instances']))
    // The same words name storage classes and database instance classes, which are not EC2 families.
    expect(services('Attach General Purpose SSD (gp3) volumes.')).toEqual([])
    expect(services('Move the database to memory optimized DB instance classes.')).toEqual([])
    expect(services('The EFS file system uses the General Purpose performance mode.')).toEqual([])
  })
})
