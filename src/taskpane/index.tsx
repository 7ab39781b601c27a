import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { NotInExcel } from './components/NotInExcel';
import { createExcelWorkbook } from './services/excelWorkbook';
import { themeForOffice } from './theme';
import { createWorkerEngineClient } from './worker/workerEngineClient';

/** How long to wait for office.js before saying "Open this in Excel". */
const OFFICE_TIMEOUT_MS = 8000;

function mount(): Root {
  const el = document.getElementById('container');
  if (!el) throw new Error('taskpane.html has no #container');
  return createRoot(el);
}

function start(): void {
  const root = mount();
  let settled = false;
  const notInExcel = () => {
    if (settled) return;
    settled = true;
    root.render(<NotInExcel />);
  };
  const timer = window.setTimeout(notInExcel, OFFICE_TIMEOUT_MS);
  if (typeof Office === 'undefined') {
    // office.js did not load (offline, blocked, or opened as a plain page).
    window.clearTimeout(timer);
    notInExcel();
    return;
  }
  void Office.onReady((info) => {
    window.clearTimeout(timer);
    if (settled) return;
    if (info.host !== Office.HostType.Excel) {
      notInExcel();
      return;
    }
    settled = true;
    const theme = themeForOffice(Office.context?.officeTheme?.bodyBackgroundColor);
    root.render(<App workbook={createExcelWorkbook()} engine={createWorkerEngineClient()} theme={theme} />);
  });
}

start();
