import shippedModelUrl from '../../../models/diamonds/model.json?url';
import shippedReferenceUrl from '../../../models/diamonds/reference-profile.json?url';
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

/**
 * Fetches the shipped model's drift reference (a binned profile of its training rows, built with
 * it by `npm run train:default`), or null when it cannot be read: drift checks then say so.
 */
export async function fetchShippedReference(): Promise<unknown> {
  try {
    const response = await fetch(shippedReferenceUrl);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}
