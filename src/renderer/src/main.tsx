import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/setup';
import { App } from './app/App';
import { ArchiveGate } from './archive/ArchiveGate';
import { SettingsProvider } from './settings/SettingsProvider';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <SettingsProvider>
        <ArchiveGate>
          <App />
        </ArchiveGate>
      </SettingsProvider>
    </I18nextProvider>
  </StrictMode>,
);
