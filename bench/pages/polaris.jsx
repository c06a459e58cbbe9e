// @shopify/polaris 13.9.5: IndexTable + Badge inside a Card, under AppProvider (English), with its stylesheet.
import '@shopify/polaris/build/esm/styles.css';
import { AppProvider, Badge, Card, IndexTable, Link, Text } from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import { formatDate, formatNewValue, ORIGIN_LABEL, RESULT_LABEL } from './data.js';
import { startHarness } from './harness.jsx';

const TONE = { success: 'success', failure: 'critical', notification: 'warning', processing: 'info' };
const headings = [{ title: 'Date' }, { title: 'Origin' }, { title: 'New value' }, { title: 'Result' }];
const resourceName = { singular: 'interaction', plural: 'interactions' };

function Table({ items }) {
  return (
    <Card padding="0">
      <IndexTable resourceName={resourceName} itemCount={items.length} headings={headings} selectable={false}>
        {items.map((item, index) => (
          <IndexTable.Row id={item.id} key={item.id} position={index}>
            <IndexTable.Cell>
              <Link url={`#/interactions/${item.id}`} removeUnderline monochrome dataPrimaryLink>
                <Text as="span">{formatDate(item.startDate)}</Text>
              </Link>
            </IndexTable.Cell>
            <IndexTable.Cell>{ORIGIN_LABEL[item.origin]}</IndexTable.Cell>
            <IndexTable.Cell>{formatNewValue(item.newValue)}</IndexTable.Cell>
            <IndexTable.Cell>
              <Badge tone={TONE[item.result]}>{RESULT_LABEL[item.result]}</Badge>
            </IndexTable.Cell>
          </IndexTable.Row>
        ))}
      </IndexTable>
    </Card>
  );
}

startHarness({ name: 'polaris', Table, Wrapper: ({ children }) => <AppProvider i18n={en}>{children}</AppProvider> });
