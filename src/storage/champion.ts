import type { EstimoDb } from './db';
import { joinVersion, moveAlias } from './model-rows';
import { CHAMPION, type AliasMove, type ModelVersionRecord } from './model-types';
import { commitWrite, notStored } from './write-transaction';

const CHAMPION_STORES = ['aliases', 'aliasHistory', 'modelVersions'] as const;

/** The version `champion` points at, or null before any version is registered. */
export async function getChampionVersion(db: EstimoDb): Promise<number | null> {
  return (await db.get('aliases', CHAMPION))?.version ?? null;
}

/** The champion version with its bundle, read in one transaction, or null when there is none. */
export async function getChampion(db: EstimoDb): Promise<ModelVersionRecord | null> {
  const tx = db.transaction(['aliases', 'modelVersions', 'modelArtifacts']);
  const alias = await tx.objectStore('aliases').get(CHAMPION);
  if (!alias) return null;
  const [light, heavy] = await Promise.all([
    tx.objectStore('modelVersions').get(alias.version),
    tx.objectStore('modelArtifacts').get(alias.version),
  ]);
  return light && heavy ? joinVersion(light, heavy) : null;
}

/**
 * Points `champion` at `version` and records the move for roll back; nothing is recorded when it
 * already points there. Throws `STORAGE_NOT_FOUND` when the version is not stored. Callers
 * announce the change to other tabs (`announceStorageChange`).
 */
export async function setChampion(db: EstimoDb, version: number): Promise<void> {
  const tx = db.transaction(CHAMPION_STORES, 'readwrite');
  await commitWrite(
    tx,
    () => `the promotion of version ${version}`,
    async () => {
      if ((await tx.objectStore('modelVersions').count(version)) === 0) {
        throw notStored(`Model version ${version}`);
      }
      const current = await tx.objectStore('aliases').get(CHAMPION);
      if (current?.version === version) return;
      const stores = {
        aliases: tx.objectStore('aliases'),
        history: tx.objectStore('aliasHistory'),
      };
      await moveAlias(stores, { alias: CHAMPION, to: version, reason: 'promote' });
    },
  );
}

/**
 * Undoes the last champion move not yet undone: `champion` goes back to the version it pointed
 * at before (skipping versions deleted since), and that is recorded as a move too, so rolling
 * back twice goes two steps back. Resolves the new champion version, or null (nothing changed)
 * when there is no earlier version.
 */
export async function rollbackChampion(db: EstimoDb): Promise<number | null> {
  const tx = db.transaction(CHAMPION_STORES, 'readwrite');
  return commitWrite(
    tx,
    () => 'the roll back of the champion',
    async () => {
      const [moves, versions] = await Promise.all([
        tx.objectStore('aliasHistory').index('by-alias').getAll(CHAMPION),
        tx.objectStore('modelVersions').getAllKeys(),
      ]);
      const target = findRollbackTarget(moves as AliasMove[], new Set(versions));
      if (!target) return null;
      const stores = {
        aliases: tx.objectStore('aliases'),
        history: tx.objectStore('aliasHistory'),
      };
      await moveAlias(stores, {
        alias: CHAMPION,
        to: target.version,
        reason: 'rollback',
        undoes: target.undoes,
      });
      return target.version;
    },
  );
}

/**
 * Walks the moves newest first, skipping roll backs and the moves they undid; the first move
 * left is undone, back to its `from` (or past it, while `from` was deleted).
 */
export function findRollbackTarget(
  moves: readonly AliasMove[],
  storedVersions: ReadonlySet<number>,
): { version: number; undoes: number[] } | null {
  const undone = new Set<number>();
  const undoes: number[] = [];
  for (let i = moves.length - 1; i >= 0; i--) {
    const move = moves[i]!;
    if (move.reason === 'rollback') {
      for (const id of move.undoes) undone.add(id);
      continue;
    }
    if (undone.has(move.id)) continue;
    undoes.push(move.id);
    if (move.from === null) return null;
    if (storedVersions.has(move.from)) return { version: move.from, undoes };
  }
  return null;
}

/** Every move of `champion`, newest first, for the Models page's history. */
export async function listChampionHistory(db: EstimoDb): Promise<AliasMove[]> {
  const moves = await db.getAllFromIndex('aliasHistory', 'by-alias', CHAMPION);
  return (moves as AliasMove[]).reverse();
}
