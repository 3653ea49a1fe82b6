/**
 * The `exact` method, for deterministic numbers such as bundle sizes: no test, the current value is
 * compared with the latest baseline run's value and the practical floors decide.
 */
import { quantileSorted } from 'simple-statistics';
import { chooseScale } from './scale.js';

export interface ExactResult {
  baselineValue: number;
  currentValue: number;
  relativeChange: number;
  absoluteChange: number;
}

/** Compare the median of `current` with the median of the latest non-empty baseline run (all sorted). */
export function exactCompare(runs: readonly number[][], current: readonly number[]): ExactResult {
  const latest = runs[runs.length - 1] as number[];
  const baselineValue = quantileSorted(latest, 0.5);
  const currentValue = quantileSorted(current as number[], 0.5);
  const scale = chooseScale([baselineValue, currentValue]);
  const d = scale.to(currentValue) - scale.to(baselineValue);
  return {
    baselineValue,
    currentValue,
    relativeChange: scale.relative(d, baselineValue),
    absoluteChange: currentValue - baselineValue,
  };
}

/** True when every baseline run and the current run are each constant (deterministic measurements). */
export function isDeterministic(runs: readonly number[][], current: readonly number[]): boolean {
  const constant = (x: readonly number[]): boolean => x.length > 0 && x[0] === x[x.length - 1];
  return constant(current) && runs.every(constant);
}
