import type { ModelBundle } from '../core/model/model-bundle';
import { describeError } from '../lib/errors';
import { getChampion, getChampionVersion } from '../storage/champion';
import type { EstimoDb } from '../storage/db';
import { ensureShippedVersion } from '../storage/models';
import { SHIPPED_MODEL_VERSION } from './predictor/shipped-model';

/** The bundle that serves estimates, its registry version, and why it is not the champion. */
export interface ChampionBundle {
  bundle: ModelBundle;
  version: number;
  /** Null when the champion was read from storage; otherwise why the shipped model serves. */
  note: string | null;
}

/** Where a worker reads the champion from: its database, and the shipped model's fetch. */
export interface ChampionSourceDeps {
  openDb: () => Promise<EstimoDb>;
  fetchShippedModel: () => Promise<ModelBundle>;
  /** The shipped model's drift reference (null when there is none). */
  fetchShippedReference?: () => Promise<unknown>;
}

/**
 * Loads the champion from the registry. On a first visit the shipped model is registered as
 * version 1 and becomes the champion. When storage cannot be used (private browsing, storage
 * disabled, a full disk) the shipped model serves as version 1, with a `note` saying why.
 */
export async function loadChampionBundle(deps: ChampionSourceDeps): Promise<ChampionBundle> {
  let storageProblem: string;
  try {
    const db = await deps.openDb();
    await ensureRegistry(db, deps.fetchShippedModel, deps.fetchShippedReference);
    const champion = await getChampion(db);
    if (champion) return { bundle: champion.bundle, version: champion.version, note: null };
    storageProblem = 'the registry has versions but no champion';
  } catch (error) {
    storageProblem = describeError(error);
  }
  return {
    bundle: await deps.fetchShippedModel(),
    version: SHIPPED_MODEL_VERSION,
    note:
      `Saved models could not be read (${storageProblem}), so the shipped model serves ` +
      'estimates. Private browsing often blocks storage.',
  };
}

/**
 * Makes sure the registry exists before anything is registered: on a first visit (no champion)
 * the shipped model becomes version 1 and champion, so a trained or imported model is never
 * version 1, with its drift reference. Otherwise it only reads one key; the shipped model is
 * fetched only when needed.
 */
export async function ensureRegistry(
  db: EstimoDb,
  fetchShippedModel: () => Promise<ModelBundle>,
  fetchShippedReference: () => Promise<unknown> = async () => null,
): Promise<void> {
  if ((await getChampionVersion(db)) !== null) return;
  const [bundle, reference] = await Promise.all([fetchShippedModel(), fetchShippedReference()]);
  await ensureShippedVersion(db, bundle, reference);
}

/**
 * The champion's version number now, or null when storage cannot be read or has no champion.
 * Cheap (one key read): workers call it before a run to notice a promotion made elsewhere.
 */
export async function readChampionVersion(openDb: () => Promise<EstimoDb>): Promise<number | null> {
  try {
    return await getChampionVersion(await openDb());
  } catch {
    return null;
  }
}
