// The floor: a plain React <table> with the same cells and no library.
import { formatDate, formatNewValue, ORIGIN_LABEL, RESULT_LABEL } from './data.js';
import { startHarness } from './harness.jsx';

function Table({ items }) {
  return (
    <table>
      <caption>Interactions</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Origin</th>
          <th scope="col">New value</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              <a href={`#/interactions/${item.id}`}>
                <time dateTime={item.startDate}>{formatDate(item.startDate)}</time>
              </a>
            </td>
            <td>{ORIGIN_LABEL[item.origin]}</td>
            <td>{formatNewValue(item.newValue)}</td>
            <td>{RESULT_LABEL[item.result]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

startHarness({ name: 'plain', Table });
