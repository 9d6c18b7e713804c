// Entry point. In the demo build (`--mode mock`) the API runs in this browser: start the MSW
// worker first, then render. The mock code is loaded only in that mode.
// Styles first, in cascade order: the tokens, base and shell, then the kit's looks that pages use by
// class name. Every other component and feature imports its own sheet after its own imports.
import './styles.css';
import './components/button.css';
import './components/field.css';
import './components/segmented.css';
import './components/state-panel.css';
import { createBrowserHistory, createHashHistory } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { useDemo } from './lib/stores/demo';
import { shellWords } from './app/messages';
import { startLanguage, useLanguage } from './i18n/language';

const DEMO = import.meta.env.MODE === 'mock';

async function startDemo(): Promise<void> {
  const mocks = await import('@mocks/browser');
  await mocks.startMockWorker();
  useDemo.setState({ enabled: true, reset: mocks.resetDemoData });
}

function showStartupFailure(root: HTMLElement, error: unknown): void {
  root.innerHTML = '';
  const box = document.createElement('main');
  box.className = 'container startup-failure';
  const heading = document.createElement('h1');
  const { t } = useLanguage.getState();
  heading.textContent = t(shellWords.demoFailedTitle);
  const text = document.createElement('p');
  text.textContent = t(shellWords.demoFailedText, { reason: error instanceof Error ? error.message : String(error) });
  box.append(heading, text);
  root.append(box);
}

async function start(): Promise<void> {
  const rootElement = document.getElementById('root')!;
  // The page's language, with its messages, before anything is drawn in it.
  await startLanguage();
  if (DEMO) {
    try {
      await startDemo();
    } catch (error) {
      showStartupFailure(rootElement, error);
      return;
    }
  }
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient, history: DEMO ? createHashHistory() : createBrowserHistory() });
  createRoot(rootElement).render(
    <StrictMode>
      <AppProviders router={router} queryClient={queryClient} />
    </StrictMode>,
  );
}

void start();
