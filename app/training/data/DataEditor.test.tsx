// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../../src/index.ts';
import { DataEditor, type DataEditorProps } from './DataEditor.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LINE = 'x,t\n1,3\n2,5\n3,7\n';

/** The editor's markup for `text`, with the owner's parseCsv error passed back. */
function markup(text: string, inputs: readonly string[] = ['x', 't', 'w']) {
  const read = parseCsv(text);
  return renderToStaticMarkup(
    <DataEditor
      text={text}
      onChange={() => {}}
      inputs={inputs}
      error={read.ok ? undefined : read.error}
    />,
  ).replaceAll('&#x27;', "'");
}

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

/** Mounts the editor as an owner would, keeping the text in a variable; returns its element. */
function mount(props: Partial<DataEditorProps> & { text: string }) {
  let text = props.text;
  const onChange = vi.fn((next: string) => {
    text = next;
    draw();
  });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const draw = () =>
    root!.render(<DataEditor inputs={['x', 't']} {...props} text={text} onChange={onChange} />);
  act(draw);
  return { host, onChange, text: () => text };
}

/** Types `value` into an input as a person would (React listens to `input`). */
function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = Object.getPrototypeOf(input) as object;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const cell = (host: HTMLElement, label: string) =>
  host.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
const button = (host: HTMLElement, label: string) =>
  [...host.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.replace(/^\+ /, '')) === label,
  )!;

describe('DataEditor markup', () => {
  it('names every cell by column and row, and each row’s remove button', () => {
    const html = markup(LINE);
    expect(html).toContain('aria-label="x, row 1"');
    expect(html).toContain('aria-label="t, row 3"');
    expect(html.match(/inputMode="decimal"/g)).toHaveLength(6);
    expect(html).toContain('aria-label="Remove row 3"');
    expect(html).toContain('3 rows · 2 columns');
    expect(html).not.toContain('role="alert"');
  });

  it('marks the cell parseCsv names, and shows its message as an alert', () => {
    const html = markup('x,t\n1,3\n2,oops\n');
    expect(html).toContain('role="alert"');
    expect(html).toContain("Row 2, column 't' (line 3): 'oops' is not a number.");
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(1);
    expect(html).toMatch(
      /aria-label="t, row 2" aria-invalid="true" aria-describedby="([^"]+)"[^>]*value="oops"/,
    );
    const described = /aria-invalid="true" aria-describedby="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`id="${described}" role="alert"`);
  });

  it('marks a column that is not an input of the program', () => {
    const html = markup(LINE, ['x']);
    expect(html).toContain('⚠ not an input');
    expect(html).toContain('title="t is not an input of the program');
    expect(html.match(/is-not-input/g)).toHaveLength(1);
  });

  it('draws the first 200 of 10,000 rows and sends the rest to Paste CSV', () => {
    const rows = Array.from({ length: 10_000 }, (_, r) => `${r},${2 * r}`);
    const html = markup(`x,t\n${rows.join('\n')}\n`);
    expect(html.match(/class="data-cell"/g)).toHaveLength(400);
    expect(html).toContain('Showing the first 200 of 10,000 rows; edit the rest in Paste CSV.');
    expect(html).toContain('10,000 rows');
  });

  it('asks for a column when there is no data', () => {
    expect(markup('')).toContain('No data yet');
  });
});

describe('DataEditor editing', () => {
  it('writes a typed cell into the text, keeping text that is not a number', () => {
    const editor = mount({ text: LINE });
    type(cell(editor.host, 't, row 2'), '5.5');
    expect(editor.text()).toBe('x,t\n1,3\n2,5.5\n3,7\n');
    type(cell(editor.host, 't, row 2'), '5.5x');
    expect(editor.text()).toBe('x,t\n1,3\n2,5.5x\n3,7\n');
    expect(cell(editor.host, 't, row 2').value).toBe('5.5x');
  });

  it('adds and removes rows and columns', () => {
    const editor = mount({ text: LINE });
    act(() => button(editor.host, 'Add row').click());
    expect(editor.text()).toBe('x,t\n1,3\n2,5\n3,7\n,\n');
    act(() => button(editor.host, 'Remove row 2').click());
    expect(editor.text()).toBe('x,t\n1,3\n3,7\n,\n');
    act(() => button(editor.host, 'Remove column x').click());
    expect(editor.text()).toBe('t\n3\n7\n""\n');
    act(() => button(editor.host, 'Add column').click());
    const name = editor.host.querySelector<HTMLInputElement>(
      'input[aria-label="New column name"]',
    )!;
    act(() => name.form!.requestSubmit());
    expect(editor.host.textContent).toContain('Write a name for the column.');
    type(name, 'x');
    act(() => name.form!.requestSubmit());
    expect(editor.text()).toBe('t,x\n3,\n7,\n,\n');
  });

  it('refuses a column name that is taken, and says why', () => {
    const editor = mount({ text: LINE });
    act(() => button(editor.host, 'Rename column t').click());
    const name = editor.host.querySelector<HTMLInputElement>(
      'input[aria-label="Name of column t"]',
    )!;
    type(name, 'x');
    expect(editor.host.textContent).toContain('There is already a column named x.');
    act(() => name.form!.requestSubmit());
    expect(editor.onChange).not.toHaveBeenCalled();
    type(name, 'y');
    act(() => name.form!.requestSubmit());
    expect(editor.text()).toBe('x,y\n1,3\n2,5\n3,7\n');
  });

  it('moves down with Enter and ArrowDown, up with ArrowUp, and adds a row at the end', () => {
    const editor = mount({ text: 'x,t\n1,3\n2,5\n' });
    const key = (label: string, k: string) => {
      const input = cell(editor.host, label);
      input.focus();
      act(() => {
        input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
      return document.activeElement?.getAttribute('aria-label');
    };
    expect(key('t, row 1', 'ArrowDown')).toBe('t, row 2');
    expect(key('t, row 2', 'ArrowUp')).toBe('t, row 1');
    expect(key('x, row 1', 'Enter')).toBe('x, row 2');
    expect(key('x, row 2', 'Enter')).toBe('x, row 3');
    expect(editor.text()).toBe('x,t\n1,3\n2,5\n,\n');
  });

  it('pastes a block copied from a spreadsheet across cells and rows', () => {
    const editor = mount({ text: LINE });
    const target = cell(editor.host, 'x, row 3');
    const paste = new Event('paste', { bubbles: true, cancelable: true }) as Event & {
      clipboardData: { getData: () => string };
    };
    paste.clipboardData = { getData: () => '8\t9\n10\t11\n' };
    act(() => {
      target.dispatchEvent(paste);
    });
    expect(editor.text()).toBe('x,t\n1,3\n2,5\n8,9\n10,11\n');
  });

  it('edits the whole text in Paste CSV', () => {
    const editor = mount({ text: LINE });
    expect(editor.host.querySelector('textarea')).toBeNull();
    const details = editor.host.querySelector('details')!;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const area = editor.host.querySelector('textarea')!;
    expect(area.value).toBe(LINE);
    type(area, 'x\tt\n4\t5\n');
    expect(editor.text()).toBe('x\tt\n4\t5\n');
    expect(cell(editor.host, 't, row 1').value).toBe('5');
  });

  it('offers to read semicolon-separated text with decimal commas', () => {
    const editor = mount({ text: 'x;t\n1,5;2\n' });
    act(() => button(editor.host, 'Use commas and decimal points').click());
    expect(editor.text()).toBe('x,t\n1.5,2\n');
    expect(editor.host.textContent).not.toContain('semicolons');
  });
});
