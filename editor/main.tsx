import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import './i18n/i18n';
import { App } from './app';

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
