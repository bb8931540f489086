import type { MemberCard } from '../core/model/model-bundle';
import { formatDuration, formatPercent, formatPrice } from './format';

/**
 * The members a version was built from: each model's blend weight, its RMSE on the validation
 * rows (which fitted the weights) and on TEST, its training time and steps.
 */
export function MembersTable({ members }: { members: readonly MemberCard[] }) {
  return (
    <table className="figures-table members-table" data-testid="model-members">
      <caption>
        Members: a blend keeps the weighted members when it beats each of them on the validation
        rows; a member with weight 0 was tried and left out
      </caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Weight</th>
          <th scope="col">Validation RMSE</th>
          <th scope="col">TEST RMSE</th>
          <th scope="col">TEST MAPE</th>
          <th scope="col">Time</th>
          <th scope="col">Steps</th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.label} data-testid="model-member" data-weight={member.weight}>
            <th scope="row">{member.label}</th>
            <td>{member.weight.toFixed(2)}</td>
            <td>{formatPrice(member.validation.rmse)}</td>
            <td>{formatPrice(member.test.rmse)}</td>
            <td>{formatPercent(member.test.mape)}</td>
            <td>{formatDuration(member.durationMs)}</td>
            <td>
              {member.steps} {member.kind === 'trees' ? 'trees' : 'epochs'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
