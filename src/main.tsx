import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { predictorClient } from './worker/predictor/client';
import './app/styles.css';

// Start the predictor before the first render: TF.js and the model load while React mounts.
predictorClient.start();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
