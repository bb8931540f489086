import shippedModelUrl from '../../../models/diamonds/model.json?url';
import type { ModelBundle } from '../../core/model/model-bundle';
import { validateModelBundle } from '../../core/model/validate-bundle';
import { AppError } from '../../lib/errors';

/** The shipped model is version 1 of every fresh registry. */
export const SHIPPED_MODEL_VERSION = 1;

/** Fetches the shipped model bundle from our own origin and validates it. */
export async function fetchShippedModel(): Promise<ModelBundle> {
  const response = await fetch(shippedModelUrl);
  if (!response.ok) {
    throw new AppError(
      'MODEL_FORMAT',
      `The shipped model could not be loaded (HTTP ${response.status}).`,
    );
  }
  return validateModelBundle(await response.json());
}
