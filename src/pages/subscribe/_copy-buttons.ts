/** "复制网址" buttons: shown only where the browser can copy. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      button.textContent = '已复制 ✓';
    } catch {
      button.textContent = '复制失败，请长按网址复制';
    }
    setTimeout(() => (button.textContent = '复制网址'), 3000);
  });
}
