/**
 * A search space: each named parameter is uniform or log-uniform over `[low, high]`, or one of
 * a list of choices. An {@link Assignment} holds a number per parameter: the value itself for
 * the numeric kinds, the index into `choices` for a categorical one.
 */
export type ParamSpec =
  | { kind: 'uniform'; low: number; high: number }
  | { kind: 'log-uniform'; low: number; high: number }
  | { kind: 'categorical'; choices: readonly unknown[] };

/** Parameters by name. */
export type SearchSpace = Record<string, ParamSpec>;

/** One point of a space: a value (or a choice index) per parameter. */
export type Assignment = Record<string, number>;

/** A numeric parameter's range in the space the sampler works in (log for log-uniform). */
export function internalRange(spec: Exclude<ParamSpec, { kind: 'categorical' }>): {
  low: number;
  high: number;
} {
  return spec.kind === 'log-uniform'
    ? { low: Math.log(spec.low), high: Math.log(spec.high) }
    : { low: spec.low, high: spec.high };
}

/** A parameter's value in the sampler's space: log for log-uniform, the index for choices. */
export function toInternal(spec: ParamSpec, value: number): number {
  return spec.kind === 'log-uniform' ? Math.log(value) : value;
}

/** Back from the sampler's space, kept inside the range. */
export function fromInternal(spec: ParamSpec, value: number): number {
  if (spec.kind === 'categorical') return value;
  const { low, high } = internalRange(spec);
  const inside = Math.min(high, Math.max(low, value));
  return spec.kind === 'log-uniform' ? Math.exp(inside) : inside;
}

/** Draws one point uniformly (log-uniformly where asked) with `random` in [0, 1). */
export function sampleUniformly(space: SearchSpace, random: () => number): Assignment {
  const assignment: Assignment = {};
  for (const [name, spec] of Object.entries(space)) {
    if (spec.kind === 'categorical') {
      assignment[name] = Math.min(
        spec.choices.length - 1,
        Math.floor(random() * spec.choices.length),
      );
    } else {
      const { low, high } = internalRange(spec);
      assignment[name] = fromInternal(spec, low + random() * (high - low));
    }
  }
  return assignment;
}

/** The choice an assignment picked for a categorical parameter. */
export function choiceOf<T>(spec: { choices: readonly T[] }, index: number): T {
  const choice = spec.choices[Math.round(index)];
  if (choice === undefined) throw new Error(`Choice ${index} is outside the search space.`);
  return choice;
}
