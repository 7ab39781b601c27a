import { DonutChart, HorizontalBarChart, type ChartProps } from '@fluentui/react-charts';
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { countBy } from './reviewFilters';
import { cclCategoryOf, type ReviewRow } from './reviewRow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Colours by meaning, the same as the sheet's status fills (darker, to read on the pane's background). */
const COLOR: Record<string, string> = {
  CLEAR: '#107C10',
  FLAGGED: '#C50F1F',
  NEEDS_REVIEW: '#C19C00',
  NLR: '#107C10',
  LICENSE_REQUIRED: '#C19C00',
  PROHIBITED: '#750B1C',
  NOT_DETERMINED: '#616161',
};

/** A chart is a picture: if it cannot draw (no layout in this host), the counts below still say everything. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function Donut({ title, counts }: { title: string; counts: Array<{ key: string; count: number }> }) {
  const styles = useStyles();
  const data: ChartProps = {
    chartTitle: title,
    chartData: counts.map((c) => ({ legend: c.key.replace('_', ' '), data: c.count, color: COLOR[c.key] })),
  };
  const text = counts.map((c) => `${c.key.replace('_', ' ')} ${c.count}`).join(', ');
  return (
    <figure className={styles.figure} aria-label={`${title}: ${text}`}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <ChartBoundary>
        <DonutChart data={data} innerRadius={38} width={300} height={170} hideLabels={false} valueInsideDonut={counts.reduce((n, c) => n + c.count, 0)} />
      </ChartBoundary>
      <figcaption>
        <Caption1>{text}</Caption1>
      </figcaption>
    </figure>
  );
}

/** Summary charts of the rows under review: by status, by licence outcome, by CCL category. */
export function ReviewCharts({ rows }: { rows: readonly ReviewRow[] }) {
  const styles = useStyles();
  if (rows.length === 0) return null;
  const categories = countBy(rows, (r) => cclCategoryOf(r.eccn));
  const total = rows.length;
  const bars: ChartProps[] = categories.map((c) => ({
    chartTitle: c.key,
    chartData: [{ legend: c.key, horizontalBarChartdata: { x: c.count, total }, color: tokens.colorBrandBackground }],
  }));
  return (
    <section className={styles.root} aria-labelledby="earmark-charts-title">
      <Subtitle2 as="h2" id="earmark-charts-title">
        Summary charts
      </Subtitle2>
      <Donut title="Rows by status" counts={countBy(rows, (r) => r.status)} />
      <Donut title="Rows by licence outcome" counts={countBy(rows, (r) => r.license)} />
      <figure className={styles.figure} aria-label={`Rows by CCL category: ${categories.map((c) => `${c.key} ${c.count}`).join(', ')}`}>
        <Subtitle2 as="h3">Rows by CCL category</Subtitle2>
        <ChartBoundary>
          <HorizontalBarChart data={bars} width={300} />
        </ChartBoundary>
      </figure>
    </section>
  );
}
