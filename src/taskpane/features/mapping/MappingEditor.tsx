import {
  Caption1,
  Dropdown,
  makeStyles,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { CATALOG_FIELDS, type CatalogField, type ColumnMapping } from '../../../engine';
import { columnLetter } from '../../../engine';
import { FIELD_LABELS } from './mappingModel';

const NOT_MAPPED = 'none';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { tableLayout: 'fixed' },
  fieldCell: { width: '38%' },
  dropdown: { minWidth: '0', width: '100%' },
});

export interface MappingEditorProps {
  mapping: ColumnMapping;
  /** Where the mapping's row 0 / column 0 are on the sheet. */
  origin: { sheetName: string; firstRow: number; firstColumn: number };
  disabled?: boolean;
  onChange(field: CatalogField, column: number | null): void;
}

function columnName(mapping: ColumnMapping, firstColumn: number, column: number): string {
  return `${mapping.headers[column]} (${columnLetter(firstColumn + column)})`;
}

/** Which sheet column feeds each field: found from the header row, changeable here. */
export function MappingEditor({ mapping, origin, disabled, onChange }: MappingEditorProps) {
  const styles = useStyles();
  const { firstColumn } = origin;
  const columns = mapping.headers.flatMap((h, c) => (h !== '' ? [c] : []));
  return (
    <section className={styles.root} aria-labelledby="earmark-mapping-title">
      <Subtitle2 as="h2" id="earmark-mapping-title">
        Columns
      </Subtitle2>
      <Caption1>
        Headers found in row {origin.firstRow + mapping.headerRow}
        {origin.sheetName ? ` of ${origin.sheetName}` : ''}. Changes are saved in this workbook; other named columns
        are read as technical attributes.
      </Caption1>
      <Table size="extra-small" className={styles.table} aria-label="Column mapping">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.fieldCell}>Field</TableHeaderCell>
            <TableHeaderCell>Sheet column</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {CATALOG_FIELDS.map((field) => {
            const column = mapping.fields[field];
            const selected = column === undefined ? NOT_MAPPED : String(column);
            return (
              <TableRow key={field}>
                <TableCell className={styles.fieldCell} id={`earmark-field-${field}`}>
                  {FIELD_LABELS[field]}
                </TableCell>
                <TableCell>
                  <Dropdown
                    className={styles.dropdown}
                    size="small"
                    aria-labelledby={`earmark-field-${field}`}
                    disabled={disabled}
                    value={column === undefined ? 'Not mapped' : columnName(mapping, firstColumn, column)}
                    selectedOptions={[selected]}
                    onOptionSelect={(_, data) =>
                      onChange(field, data.optionValue === NOT_MAPPED || data.optionValue === undefined ? null : Number(data.optionValue))
                    }
                  >
                    <Option value={NOT_MAPPED}>Not mapped</Option>
                    {columns.map((c) => (
                      <Option key={c} value={String(c)}>
                        {columnName(mapping, firstColumn, c)}
                      </Option>
                    ))}
                  </Dropdown>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
