import { useEffect, useState } from 'react';
import { savedToken, saveToken } from './api/api-client';
import { WorkflowsScreen } from './workflows/workflows-screen';
import { EditorScreen } from './workflow-editor/editor-screen';

function useHashRoute(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** Until sign-in arrives (agents release), the editor uses the API token printed by `npm start`. */
function TokenGate({ onToken }: { onToken: () => void }) {
  const [token, setToken] = useState('');
  return (
    <main className="token-gate">
      <h1>LineFlow</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          saveToken(token.trim());
          onToken();
        }}
      >
        <label htmlFor="token">API token</label>
        <input id="token" value={token} onChange={(e) => setToken(e.target.value)} autoFocus />
        <p className="muted">`npm start` printed it on the first start; it is also in DATA_DIR/admin-api-token.</p>
        <button type="submit" className="primary" disabled={!token.trim()}>Open</button>
      </form>
    </main>
  );
}

export function App() {
  const hash = useHashRoute();
  const [hasToken, setHasToken] = useState(() => savedToken() !== null);
  if (!hasToken) return <TokenGate onToken={() => setHasToken(true)} />;
  const open = /^#\/workflows\/(.+)$/.exec(hash);
  return open ? <EditorScreen workflowId={decodeURIComponent(open[1] as string)} /> : <WorkflowsScreen />;
}
