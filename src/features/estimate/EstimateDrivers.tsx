import type { EstimateDriver } from '../../core/model/estimate-drivers';
import type { Signature } from '../../core/model/signature';
import { formatNumber, formatPrice } from '../../ui/format';

interface Props {
  drivers: EstimateDriver[];
  signature: Signature;
}

/** The inputs that moved this estimate most, each against its typical training value. */
export function EstimateDrivers({ drivers, signature }: Props) {
  if (drivers.length === 0) return null;
  return (
    <div className="estimate-drivers" data-testid="estimate-drivers">
      <h3>What moved it most</h3>
      <ul>
        {drivers.map((driver) => (
          <li key={driver.field} data-field={driver.field} data-effect={driver.effect}>
            <span className="driver-effect" data-direction={driver.effect > 0 ? 'up' : 'down'}>
              {driver.effect > 0 ? '+' : '−'}
              {formatPrice(Math.abs(driver.effect))}
            </span>{' '}
            {driver.field}, against a typical {typicalLabel(signature, driver.field)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function typicalLabel(signature: Signature, field: string): string {
  const input = signature.inputs.find((candidate) => candidate.name === field);
  if (!input) return '';
  if (input.type === 'number') return formatNumber(input.median);
  if (input.type === 'category') return input.mostCommon;
  return input.mostCommon ? 'yes' : 'no';
}
