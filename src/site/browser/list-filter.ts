/**
 * Filters a list in the browser by the form's selects: an item shows when, for
 * every select with a value, its `data-<select name>` (space-separated) holds it.
 */
export function connectListFilter(form: HTMLFormElement, list: HTMLElement, status: HTMLElement | null): () => void {
  const apply = () => {
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select')].filter((s) => s.value);
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLElement>(':scope > li')) {
      const visible = selects.every((s) => (item.dataset[s.name] ?? '').split(' ').includes(s.value));
      item.hidden = !visible;
      if (visible) shown++;
    }
    if (status) status.textContent = `显示 ${shown} 项。`;
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  return apply;
}
