import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/App.tsx';
import { t, uiLocale } from '../../src/ui/options/i18n.ts';
import '../../assets/palette.css';
import '../../assets/options.css';

document.documentElement.lang = uiLocale();
document.title = t('options_title');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
