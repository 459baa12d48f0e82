/**
 * Type-ahead over the API's `search`: name, type and the alias that matched, best first. Used by the
 * main search box (pick = put on the canvas) and by the path finder (pick = choose an end). Follows
 * the ARIA combobox pattern so it works from the keyboard and for screen readers.
 */
import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { errorText, type SearchHit } from '../state/explorer.ts';
import { useExplorer } from '../state/ExplorerProvider.tsx';
import { TypeBadge } from '../canvas/TypeBadge.tsx';

export interface EntityComboboxProps {
  label: string;
  placeholder: string;
  onPick(hit: SearchHit, event: { shiftKey: boolean }): void;
  /** Clear the text after a pick (the search box) or show the picked name (the path ends). */
  clearOnPick?: boolean;
  initialText?: string;
  className?: string;
  /** Text shown under the list, e.g. keyboard hints. */
  hint?: string;
}

export interface EntityComboboxHandle {
  focus(): void;
  setText(text: string): void;
}

const DEBOUNCE_MS = 140;

export const EntityCombobox = forwardRef<EntityComboboxHandle, EntityComboboxProps>(function EntityCombobox(
  { label, placeholder, onPick, clearOnPick = true, initialText = '', className, hint },
  ref,
) {
  const explorer = useExplorer();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initialText);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const typed = useRef(false);

  useImperativeHandle(ref, () => ({
    focus: () => {
      input.current?.focus();
      input.current?.select();
    },
    setText: (value: string) => {
      typed.current = false;
      setText(value);
    },
  }));

  useEffect(() => {
    const query = text.trim();
    if (!typed.current || query.length === 0) {
      setHits([]);
      setLoading(false);
      setError(null);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      explorer.search(query, controller.signal).then(
        (result) => {
          setHits(result);
          setActive(0);
          setError(null);
          setLoading(false);
          setOpen(true);
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          setHits([]);
          setError(errorText(err));
          setLoading(false);
          setOpen(true);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, explorer]);

  const pick = (hit: SearchHit | undefined, shiftKey = false) => {
    if (!hit) return;
    onPick(hit, { shiftKey });
    typed.current = false;
    setText(clearOnPick ? '' : hit.entity.name);
    setOpen(false);
    setHits([]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(hits[active], event.shiftKey);
    } else if (event.key === 'Escape') {
      if (open) {
        event.stopPropagation();
        setOpen(false);
      } else input.current?.blur();
    }
  };

  const listId = `${id}-list`;
  const showList = open && text.trim().length > 0 && !loading;
  return (
    <div className={`combobox ${className ?? ''}`}>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length > 0 && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {loading && <span className="combobox-spinner" aria-hidden="true" />}
      {showList && (
        <ul id={listId} role="listbox" aria-label={`${label} results`} className="combobox-list">
          {error && (
            <li role="presentation" className="combobox-empty error">
              {error}
            </li>
          )}
          {!error && hits.length === 0 && (
            <li role="presentation" className="combobox-empty">
              No entity matches “{text.trim()}”.
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.entity.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit, e.shiftKey);
              }}
            >
              <TypeBadge type={hit.entity.type} compact />
              <span className="hit-main">
                <span className="hit-name">{hit.entity.name}</span>
                {hit.matchedAlias && <span className="hit-alias">alias “{hit.matchedAlias}”</span>}
              </span>
              <span className="hit-degree" title="Relations in the case">
                {hit.entity.degree}
              </span>
            </li>
          ))}
          {hint && hits.length > 0 && (
            <li role="presentation" className="combobox-hint">
              {hint}
            </li>
          )}
        </ul>
      )}
    </div>
  );
});
