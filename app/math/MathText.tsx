import { Fragment, memo, useLayoutEffect, useMemo, useRef } from 'react';
import { narrationSegments } from './narrationTex.ts';
import { renderTex } from './renderTex.ts';
import './math.css';

/** One formula, typeset after React has placed its (empty, React-free) element. */
const Typeset = memo(function Typeset({ tex }: { tex: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (ref.current) renderTex(tex, ref.current);
  }, [tex]);
  return <span ref={ref} className="math-formula" />;
});

/**
 * A line of narration (or a table header) in the engine's plain-text notation, shown with its
 * formulas typeset. Assistive technology and text searches read the plain text, kept whole in a
 * visually hidden span; the typeset copy is hidden from them so it is not read twice.
 */
export const MathText = memo(function MathText({ text }: { text: string }) {
  const segments = useMemo(() => narrationSegments(text), [text]);
  return (
    <>
      <span className="math-line" aria-hidden="true">
        {segments.map((segment, i) =>
          segment.kind === 'math' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their place
            <Typeset key={i} tex={segment.tex} />
          ) : segment.text.trim() === '' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <span key={i} className="math-gap">
              {' '}
            </span>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <Fragment key={i}>{segment.text}</Fragment>
          ),
        )}
      </span>
      <span className="math-plain">{text}</span>
    </>
  );
});
