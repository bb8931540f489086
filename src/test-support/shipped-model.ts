import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelBundle } from '../core/model/model-bundle';
import { validateModelBundle } from '../core/model/validate-bundle';

/** The committed shipped model, read from `models/` as the app ships it. */
export function readShippedBundle(): ModelBundle {
  const path = fileURLToPath(new URL('../../models/diamonds/model.json', import.meta.url));
  return validateModelBundle(JSON.parse(readFileSync(path, 'utf8')));
}
