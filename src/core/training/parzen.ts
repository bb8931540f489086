/**
 * One-dimensional Parzen estimators for the TPE sampler: a density built from observed points
 * that can draw new points and score them. Numeric estimators are mixtures of normals truncated
 * to the range; categorical ones are smoothed counts. Both include a flat prior component so an
 * unexplored region never has zero density.
 */
export interface ParzenEstimator {
  sample(random: () => number): number;
  logDensity(value: number): number;
}

interface Component {
  mean: number;
  sigma: number;
  /** Probability mass of this normal inside the range, for truncation. */
  mass: number;
}

/**
 * A truncated Gaussian mixture on `[low, high]`: one component per observation with a bandwidth
 * from its neighbours' distances (clipped to between range/min(100, n + 1) and the range), plus
 * a prior component at the middle with the whole range as its width. Equal weights.
 */
export function numericEstimator(
  observations: readonly number[],
  range: { low: number; high: number },
): ParzenEstimator {
  const { low, high } = range;
  const span = Math.max(high - low, Number.EPSILON);
  const sorted = [...observations].sort((a, b) => a - b);
  const minSigma = span / Math.min(100, sorted.length + 1);
  const component = (mean: number, sigma: number): Component => ({
    mean,
    sigma,
    mass: Math.max(normalCdf((high - mean) / sigma) - normalCdf((low - mean) / sigma), 1e-12),
  });
  const components = sorted.map((mean, i) => {
    const left = mean - (sorted[i - 1] ?? low);
    const right = (sorted[i + 1] ?? high) - mean;
    return component(mean, Math.min(span, Math.max(minSigma, left, right)));
  });
  components.push(component((low + high) / 2, span));
  return {
    sample(random) {
      const chosen = components[Math.floor(random() * components.length)]!;
      for (let attempt = 0; attempt < 20; attempt++) {
        const value = chosen.mean + chosen.sigma * standardNormal(random);
        if (value >= low && value <= high) return value;
      }
      return Math.min(high, Math.max(low, chosen.mean));
    },
    logDensity(value) {
      let density = 0;
      for (const { mean, sigma, mass } of components) {
        const z = (value - mean) / sigma;
        density += Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI) * mass);
      }
      return Math.log(density / components.length);
    },
  };
}

/** Smoothed category frequencies over `count` choices: each observed index adds 1, each choice starts at 1. */
export function categoricalEstimator(
  observations: readonly number[],
  count: number,
): ParzenEstimator {
  const weights = new Array<number>(count).fill(1);
  for (const index of observations) weights[Math.round(index)]! += 1;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return {
    sample(random) {
      let draw = random() * total;
      for (let index = 0; index < count; index++) {
        draw -= weights[index]!;
        if (draw < 0) return index;
      }
      return count - 1;
    },
    logDensity(value) {
      return Math.log((weights[Math.round(value)] ?? 0) / total);
    },
  };
}

/** A standard normal draw (Box–Muller). */
export function standardNormal(random: () => number): number {
  const u = Math.max(random(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf; absolute error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
