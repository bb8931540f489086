import type { TrainProgressEvent, TrainRequest } from '../../worker/ml/api';
import { LossChart } from './LossChart';
import { formatClock } from './train-view';

interface Props {
  request: TrainRequest;
  events: readonly TrainProgressEvent[];
  onCancel: () => void;
}

/** A running run: status, elapsed time and ETA, cancel, and the live loss curves. */
export function TrainProgress({ request, events, onCancel }: Props) {
  const latest = events[events.length - 1];
  const trial = latest?.trial;
  const shown = events.filter((event) => event.trial === trial && event.member === latest?.member);
  return (
    <section className="card" aria-live="polite">
      <p data-testid="train-status" data-state="running">
        <strong>Training</strong> · {request.preset} · {request.target} from{' '}
        {request.features.length} features
        {latest ? ` · ${describeStep(latest)}` : ' · loading the data…'}
      </p>
      <button type="button" data-testid="train-cancel" onClick={onCancel}>
        Cancel
      </button>
      <LossChart series={[{ label: latest?.member ?? 'this run', points: shown }]} />
    </section>
  );
}

/** "trees (log) · round 120 · 0:14 elapsed · about 0:46 left", or the epoch (and trial) of a network. */
function describeStep(event: TrainProgressEvent): string {
  const step =
    event.phase === 'trees'
      ? `round ${event.epoch + 1}`
      : `epoch ${event.epoch + 1}${event.trial === undefined ? '' : ` of trial ${event.trial + 1}`}`;
  const member = event.member ? `${event.member} · ` : '';
  return `${member}${step} · ${formatClock(event.elapsedMs)} elapsed · about ${formatClock(event.etaMs)} left`;
}
