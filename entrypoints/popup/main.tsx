import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../src/ui/popup/App.tsx';
import '../../assets/palette.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
const root = document.getElementById('app');
// `?tab=ID` picks the tab when popup.html is opened as a page (see src/ui/popup/tab.ts).
if (root) render(<PopupApp search={location.search} />, root);
