import { Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PackMeta, RulesPack } from '../../../engine';
import type { EngineClient } from '../../services/ports';
import { CclLookup } from './CclLookup';

/**
 * The CCL look-up over the pack the engine is using (bundled or loaded in Settings). The pack
 * lives in the worker; it is copied here only when this tab opens, and again after a new pack.
 */
export interface LookupTabProps {
  engine: EngineClient;
  meta: PackMeta | null;
  /** Set when opened from a review row: the chosen entry becomes that row's Override ECCN. */
  forRow?: { row: number; partNumber: string | null; onChoose(eccn: string, note: string): void };
}

export function LookupTab({ engine, meta, forRow }: LookupTabProps) {
  const [pack, setPack] = useState<RulesPack | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    engine.pack().then(
      (p) => live && setPack(p),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [engine, meta?.version, meta?.effectiveDate]);
  if (error) return <Text>The rules pack could not be read: {error}</Text>;
  if (!pack) return <Spinner size="small" label="Opening the Commerce Control List…" />;
  return <CclLookup pack={pack} forRow={forRow} />;
}
