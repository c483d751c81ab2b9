import type {Profile} from '../core/knowledge/profile.js'

import {UserError} from '../errors.js'
import {writeOutputFile} from '../io/write-output.js'
import {loadYaml} from '../io/yaml.js'

/**
 * Saves a profile as YAML (`advise --save`, or the questionnaire's last
 * question). The answers of a questionnaire exist nowhere else, so when the
 * file cannot be written the profile is printed through `log` first and the
 * failure is returned for the command to raise once the advice is shown.
 */
export async function saveProfile(
  path: string,
  profile: Profile,
  log: (text: string) => void,
): Promise<undefined | UserError> {
  const {stringify} = await loadYaml()
  const yaml = stringify(profile)
  try {
    await writeOutputFile(path, yaml, 'the profile')
    log(`Saved the profile to ${path}`)
    return undefined
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    log(`The profile could not be saved; here it is, so nothing is lost:\n${yaml}`)
    return error
  }
}
