// @vtex/admin-ui 0.137.2: DataView + Table (useDataViewState, useTableState) + Tag.
import {
  createColumns,
  DataView,
  TBody,
  TBodyCell,
  TBodyRow,
  THead,
  THeadCell,
  Table as AdminTable,
  Tag,
  ThemeProvider,
  useDataViewState,
  useTableState,
} from '@vtex/admin-ui';
import { formatDate, formatNewValue, ORIGIN_LABEL, RESULT_LABEL } from './data.js';
import { startHarness } from './harness.jsx';

const TAG = { success: 'green', failure: 'red', notification: 'orange', processing: 'lightBlue' };

const columns = createColumns([
  {
    id: 'startDate',
    header: 'Date',
    resolver: {
      type: 'plain',
      render: ({ item }) => (
        <a href={`#/interactions/${item.id}`}>
          <time dateTime={item.startDate}>{formatDate(item.startDate)}</time>
        </a>
      ),
    },
  },
  { id: 'origin', header: 'Origin', resolver: { type: 'plain', render: ({ item }) => ORIGIN_LABEL[item.origin] } },
  { id: 'newValue', header: 'New value', resolver: { type: 'plain', render: ({ item }) => formatNewValue(item.newValue) } },
  {
    id: 'result',
    header: 'Result',
    resolver: { type: 'plain', render: ({ item }) => <Tag label={RESULT_LABEL[item.result]} variant={TAG[item.result]} /> },
  },
]);

function Table({ items }) {
  const view = useDataViewState();
  const { data, getBodyCell, getHeadCell, getTable } = useTableState({ status: view.status, columns, items, length: items.length });
  return (
    <DataView state={view}>
      <AdminTable {...getTable()}>
        <THead>
          {columns.map((column) => (
            <THeadCell {...getHeadCell(column)} />
          ))}
        </THead>
        <TBody>
          {data.map((item) => (
            <TBodyRow key={item.id}>
              {columns.map((column) => (
                <TBodyCell {...getBodyCell(column, item)} />
              ))}
            </TBodyRow>
          ))}
        </TBody>
      </AdminTable>
    </DataView>
  );
}

startHarness({ name: 'admin-ui', Table, Wrapper: ThemeProvider });
