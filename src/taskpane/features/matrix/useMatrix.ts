import { useCallback, useEffect, useState } from 'react';
import type { CatalogRow, PackMeta } from '../../../engine';
import type { DestinationChoices, EngineClient, WorkbookPort } from '../../services/ports';
import type { Notice } from '../run/runState';
import { expandDestinations, matrixRequest } from './matrixModel';

/** Destination and group choices, and the command that computes the matrix (worker) and writes its sheet. */
export function useMatrix(workbook: WorkbookPort, engine: EngineClient, rows: CatalogRow[], meta: PackMeta | null) {
  const [choices, setChoices] = useState<DestinationChoices | null>(null);
  const [names, setNames] = useState<string[]>([]);
  const [groups, setGroups] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    let live = true;
    engine.destinations().then(
      (c) => live && setChoices(c),
      (e: unknown) => live && setNotice({ intent: 'error', title: 'Destinations not loaded', body: String(e) }),
    );
    return () => {
      live = false;
    };
  }, [engine]);

  const destinations = choices ? expandDestinations(choices, names, groups) : [];

  const write = useCallback(async () => {
    if (rows.length === 0 || destinations.length === 0) return;
    setBusy(true);
    setNotice(null);
    try {
      const cells = await engine.matrix(rows, destinations);
      const result = await workbook.writeMatrixSheet(matrixRequest(rows, destinations, cells, meta, new Date().toISOString()));
      setNotice({
        intent: 'success',
        title: 'Matrix written',
        body: `${rows.length} products × ${destinations.length} destinations on the new sheet "${result.sheetName}". Reasons are ${
          result.reasonsIn === 'notes' ? "in each cell's note" : 'in the table below the matrix (this Excel has no cell notes)'
        }.`,
      });
    } catch (e) {
      setNotice({ intent: 'error', title: 'Matrix not written', body: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }, [rows, destinations, engine, workbook, meta]);

  return { choices, names, setNames, groups, setGroups, destinations, busy, notice, dismissNotice: () => setNotice(null), write };
}
