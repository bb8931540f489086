import type { Signature } from '../../core/model/signature';
import { formatPrice } from '../../ui/format';
import { describeInput } from './model-view';

/** A version's signature: what it reads (with the training range) and what it predicts. */
export function FeatureList({ signature }: { signature: Signature }) {
  const { target } = signature;
  return (
    <div className="models-signature">
      <p>
        Predicts <strong>{target.name}</strong> (trained on {formatPrice(target.min)} to{' '}
        {formatPrice(target.max)}), from {signature.inputs.length} features:
      </p>
      <ul>
        {signature.inputs.map((input) => (
          <li key={input.name} data-testid="model-feature" data-name={input.name}>
            <strong>{input.name}</strong> <span className="field-hint">{describeInput(input)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
