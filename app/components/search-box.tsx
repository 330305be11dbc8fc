"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";

interface Hit {
  kind: string;
  id: string;
  title: string;
  url: string;
}

/**
 * The header search: a plain GET form (works without JavaScript) that, with JavaScript,
 * becomes an ARIA 1.2 combobox offering suggestions while typing (debounced).
 */
export function SearchBox() {
  const t = useTranslations("search");
  const id = useId();
  const [value, setValue] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const seq = useRef(0);

  const query = value.trim();
  useEffect(() => {
    if (query.length < 2) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      const { suggest } = await import("./search-suggest");
      const found = await suggest(query);
      if (mine !== seq.current) return; // a newer keystroke won
      setHits(found);
      setActive(-1);
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);
  // Suggestions for a query too short to search are simply not shown.
  const shown = query.length >= 2 ? hits : [];

  const listId = `${id}-list`;
  const expanded = open && shown.length > 0;
  return (
    <form role="search" action="/search" method="get" className="header-search" onSubmit={(e) => {
      if (expanded && active >= 0) {
        e.preventDefault();
        window.location.assign(shown[active].url);
      }
    }}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t("label")}
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        placeholder={t("placeholder")}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && shown.length) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % shown.length);
          } else if (e.key === "ArrowUp" && shown.length) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? shown.length - 1 : a - 1));
          } else if (e.key === "Escape") {
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t("suggestions")} className="search-suggestions" hidden={!expanded}>
        {shown.map((h, i) => (
          <li
            key={`${h.kind}:${h.id}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              window.location.assign(h.url);
            }}
          >
            <span className="badge">{t(`kinds.${h.kind}`)}</span> {h.title}
          </li>
        ))}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {open && query.length >= 2 ? t("suggestionsCount", { count: shown.length }) : ""}
      </span>
    </form>
  );
}
