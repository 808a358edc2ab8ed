import { useTranslation } from 'react-i18next';
import { languages, setLanguage } from '../i18n/i18n';
import './language-select.css';

/** Compact language picker: switches the interface at once; `onChange` lets the caller also save it for the person. */
export function LanguageSelect({ onChange }: { onChange?: (code: string) => void }) {
  const { t, i18n } = useTranslation('common');
  return (
    <select
      className="language-select"
      aria-label={t('language')}
      value={i18n.resolvedLanguage ?? 'en'}
      onChange={(e) => {
        setLanguage(e.target.value);
        onChange?.(e.target.value);
      }}
    >
      {languages.map((language) => (
        <option key={language.code} value={language.code} lang={language.code}>
          {language.name}
        </option>
      ))}
    </select>
  );
}
