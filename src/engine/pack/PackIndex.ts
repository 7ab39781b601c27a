import { DestinationIndex } from '../destination/DestinationIndex';
import type {
  AllDestinationsEntry,
  CclEntry,
  ChartFootnote,
  Destination,
  EmbargoRule,
  RulesPack,
} from './RulesPack';

/**
 * Look-ups over a rules pack, built once so that each row costs a few map reads.
 * Everything here is derived from the pack; nothing is added to it.
 */
export class PackIndex {
  readonly destinations: DestinationIndex;
  private readonly ccl = new Map<string, CclEntry>();
  private readonly groupsByDestination = new Map<string, Set<string>>();
  private readonly embargoesByDestination = new Map<string, EmbargoRule[]>();
  private readonly footnotes = new Map<number, ChartFootnote>();
  private readonly allDestinations = new Map<string, AllDestinationsEntry[]>();
  private readonly groupTitles = new Map<string, string>();

  constructor(readonly pack: RulesPack) {
    this.destinations = new DestinationIndex(pack);
    for (const e of pack.ccl) this.ccl.set(e.eccn, e);
    for (const g of pack.countryGroups) {
      this.groupTitles.set(g.id, g.title);
      for (const code of g.members) {
        let set = this.groupsByDestination.get(code);
        if (!set) this.groupsByDestination.set(code, (set = new Set()));
        set.add(g.id);
      }
    }
    for (const rule of pack.embargoes) {
      for (const code of rule.destinations) {
        const list = this.embargoesByDestination.get(code) ?? [];
        list.push(rule);
        this.embargoesByDestination.set(code, list);
      }
    }
    for (const f of pack.chartFootnotes) this.footnotes.set(f.n, f);
    for (const a of pack.allDestinationsEntries) {
      const list = this.allDestinations.get(a.eccn) ?? [];
      list.push(a);
      this.allDestinations.set(a.eccn, list);
    }
  }

  entry(eccn: string): CclEntry | undefined {
    return this.ccl.get(eccn);
  }

  /** The destination whose Country Chart row governs (Hong Kong → China); itself otherwise. */
  chartRowOf(destination: Destination): Destination {
    if (!destination.governedBy) return destination;
    return this.destinations.byCodeOf(destination.governedBy.code) ?? destination;
  }

  inGroup(code: string, group: string): boolean {
    return this.groupsByDestination.get(code)?.has(group) ?? false;
  }

  groupsOf(code: string): ReadonlySet<string> {
    return this.groupsByDestination.get(code) ?? new Set();
  }

  groupTitle(id: string): string | undefined {
    return this.groupTitles.get(id);
  }

  embargoesFor(code: string): readonly EmbargoRule[] {
    return this.embargoesByDestination.get(code) ?? [];
  }

  footnote(n: number): ChartFootnote | undefined {
    return this.footnotes.get(n);
  }

  allDestinationsFor(eccn: string): readonly AllDestinationsEntry[] {
    return this.allDestinations.get(eccn) ?? [];
  }
}
