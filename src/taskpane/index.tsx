import { createRoot } from 'react-dom/client';
import { detectEnvironment, type PaneEnvironment } from './boot/environment';
import { ExcelPane } from './components/ExcelPane';
import { Root } from './components/Root';
import { StandalonePane } from './components/StandalonePane';
import { WpsPane } from './components/WpsPane';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);
const darkGuess = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

function render(environment: PaneEnvironment | null) {
  const body =
    environment?.mode === 'excel' ? (
      <ExcelPane />
    ) : environment?.mode === 'wps' ? (
      <WpsPane />
    ) : (
      <StandalonePane sample={environment?.sample ?? false} oldExcel={environment?.oldExcel ?? false} />
    );
  root.render(
    <Root environment={environment} darkGuess={darkGuess}>
      {body}
    </Root>,
  );
}

render(null);
void detectEnvironment(window.location.search, render).then(render);
