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
  const shown = trial === undefined ? events : events.filter((event) => event.trial === trial);
  return (
    <section className="card" aria-live="polite">
      <p data-testid="train-status" data-state="running">
        <strong>Training</strong> · {request.preset} · {request.target} from{' '}
        {request.features.length} features
        {latest
          ? ` · epoch ${latest.epoch + 1}${trial === undefined ? '' : ` of trial ${trial + 1}`} · ${formatClock(latest.elapsedMs)} elapsed · about ${formatClock(latest.etaMs)} left`
          : ' · loading the data…'}
      </p>
      <button type="button" data-testid="train-cancel" onClick={onCancel}>
        Cancel
      </button>
      <LossChart series={[{ label: 'this run', points: shown }]} />
    </section>
  );
}
