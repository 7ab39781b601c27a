import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { bundledPack } from '../../src/rules';
import { CclLookup } from '../../src/taskpane/features/lookup/CclLookup';

const pack = bundledPack();

function renderLookup() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CclLookup pack={pack} />
    </FluentProvider>,
  );
}

function search(text: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: 'ECCN or words' }), { target: { value: text } });
}

test('finds entries by words and says which words matched', () => {
  renderLookup();
  search('thermal imaging cameras');
  const first = screen.getAllByRole('button', { name: /^6A003 — / })[0];
  expect(first).toHaveTextContent("'thermal'");
});

test('an ECCN opens its entry: reasons for control, licence rows, exceptions and citation', () => {
  renderLookup();
  search('6A003.b.4.b');
  fireEvent.click(screen.getByRole('button', { name: /^6A003 — / }));
  const card = screen.getByRole('group', { name: 'ECCN 6A003' });
  expect(within(card).getByRole('heading', { name: /6A003\.b\.4\.b —/ })).toBeInTheDocument();
  const reasons = within(card).getByLabelText('Reasons for control');
  expect(reasons).toHaveTextContent('NS');
  expect(reasons).toHaveTextContent('RS');
  expect(within(card).getByRole('list', { name: 'Licence requirements' })).toHaveTextContent(/NS/);
  expect(card).toHaveTextContent('15 CFR 774 Supp. 1, ECCN 6A003');
});

test('choosing a destination shows the engine\'s answer with its citations', () => {
  renderLookup();
  search('6A003.b.4.b');
  fireEvent.click(screen.getByRole('button', { name: /^6A003 — / }));
  const destination = screen.getByRole('combobox', { name: 'Destination' });
  fireEvent.change(destination, { target: { value: 'China' } });
  fireEvent.click(destination);
  fireEvent.click(screen.getByRole('option', { name: 'China' }));
  const answer = screen.getByRole('region', { name: 'Answer' });
  // NS 2 and RS 1 carry an X for China on the Country Chart.
  expect(answer).toHaveTextContent('6A003.b.4.b to China: Licence required');
  expect(within(answer).getByRole('list', { name: 'Citations' })).toHaveTextContent('6A003');
});

test('says so when nothing is found', () => {
  renderLookup();
  search('4B999');
  expect(screen.getByText('No CCL entry found')).toBeInTheDocument();
});
