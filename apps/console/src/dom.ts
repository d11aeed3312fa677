/** A tiny element builder: text always goes in as text, never as HTML, so API data cannot inject markup. */
export type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A table with a header row; each row's cells as given. */
export function table(testId: string, headers: string[], rows: Child[][]): HTMLTableElement {
  return el(
    'table',
    { 'data-testid': testId },
    el('thead', {}, el('tr', {}, ...headers.map((header) => el('th', {}, header)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((cell) => el('td', {}, cell))))),
  );
}

export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return el('label', {}, el('span', {}, label), control);
}

export function select(name: string, options: readonly string[], value = ''): HTMLSelectElement {
  return el(
    'select',
    { name },
    ...options.map((option) =>
      el('option', { value: option, selected: option === value }, option === '' ? '(any)' : option),
    ),
  );
}

export function input(name: string, value = '', placeholder = '', type = 'text'): HTMLInputElement {
  return el('input', { name, value, placeholder, type });
}

/** The named controls of a form whose value is not empty. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === 'string' && value.trim() !== '') values[name] = value.trim();
  }
  return values;
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}
