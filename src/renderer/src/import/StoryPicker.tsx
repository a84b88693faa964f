// A story chosen by its headline: the most recently added ones, or those a search for the typed
// words finds, in a list to pick from. The reader never types a story's number.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';

interface Choice {
  id: number;
  headline: string;
}

const LIMIT = 30;

/** The typed words as a search that also finds words they begin ("Kall" finds "Kallas"). */
export function headlineQuery(text: string): string {
  const words = text.trim().split(/\s+/u).filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
  return words.map((w, i) => (i === words.length - 1 ? `${w}*` : w)).join(' ');
}

async function findStories(text: string, except: number): Promise<Choice[]> {
  const query = headlineQuery(text);
  const found = query
    ? (await call('search', { query, limit: LIMIT, hitsPerStory: 1 })).stories
    : (await call('listStories', { limit: LIMIT })).stories;
  return found
    .filter((s) => s.id !== except)
    .map((s) => ({ id: s.id, headline: (s.versions.find((v) => v.original) ?? s.versions[0])?.headline ?? '' }));
}

export function StoryPicker({
  label,
  except,
  value,
  onChange,
}: {
  label: string;
  /** The story the version is in now: not a place to move it to. */
  except: number;
  value: number | null;
  onChange(id: number | null): void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [choices, setChoices] = useState<Choice[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      findStories(text, except).then(
        (found) => live && setChoices(found),
        () => live && setChoices([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, except]);
  // A list always shows one story chosen (the first, until another is picked): that is the one
  // chosen, and none once the list is empty, so Move never moves into a story no longer shown.
  useEffect(() => {
    if (value !== null && choices.some((c) => c.id === value)) return;
    const first = choices[0]?.id ?? null;
    if (first !== value) onChange(first);
  }, [choices, value, onChange]);
  return (
    <div className="story-picker" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="story-picker-label">
        {label}
      </span>
      <input
        type="search"
        aria-label={t('import.storySearch')}
        placeholder={t('import.storySearch')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {choices.length === 0 ? (
        <p className="import-hint">{t('import.noStoryFound')}</p>
      ) : (
        <select
          size={Math.min(5, Math.max(2, choices.length))}
          aria-label={label}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
        >
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.headline}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
