/**
 * Reading help on notices, articles and rhymes, for residents who read with
 * difficulty: 朗读 reads the title, the status and the text aloud with the
 * browser's own Chinese speech (no server, nothing sent), and 大字 makes all
 * type larger and remembers it. Both only add to a page that is complete
 * without them: the tools stay hidden until this script shows them.
 */
const tools = document.querySelector<HTMLElement>('[data-reading-tools]');
const root = document.documentElement;
const LARGE = 'large-type';

const setLarge = (on: boolean) => {
  root.classList.toggle(LARGE, on);
  try {
    localStorage.setItem(LARGE, on ? '1' : '');
  } catch {
    // Private mode: the switch works for this page only.
  }
};

/** Visible text of the first match, or ''. */
const textOf = (scope: ParentNode, selector: string) => {
  const element = scope.querySelector<HTMLElement>(selector);
  return element && !element.closest('[hidden]') ? element.innerText.trim() : '';
};

/**
 * What is read: the headline, the status (the banner a script may have corrected, else the badge), then
 * the text, in sentences — a browser cuts off a long utterance.
 */
function sentences(article: HTMLElement): string[] {
  const status = textOf(article, '.status-banner .status-line') || textOf(article, '.facts .badge[class*="status-"]');
  const body = [...article.querySelectorAll<HTMLElement>('.summary, .prose p, .prose li, .prose h2, .lyrics p')]
    .filter((element) => !element.closest('[hidden], .no-print'))
    .map((element) => element.innerText.trim());
  return [textOf(article, 'h1'), status && `状态：${status}`, ...body]
    .filter(Boolean)
    .flatMap((text) => text.match(/[^。！？!?\n]+[。！？!?]?/g) ?? [text]);
}

// The resident's choice, from any earlier page.
try {
  if (localStorage.getItem(LARGE) === '1') root.classList.add(LARGE);
} catch {
  // Storage refused: normal type.
}

if (tools) {
  const article = tools.closest('article') ?? document.body;
  const read = tools.querySelector<HTMLButtonElement>('[data-read]');
  const large = tools.querySelector<HTMLButtonElement>('[data-large]');
  const speech = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  const lang = article.closest('[lang]')?.getAttribute('lang') === 'zh-Hant' ? 'zh-TW' : 'zh-CN';
  if (read && speech) {
    read.hidden = false;
    read.addEventListener('click', () => {
      if (speech.speaking) {
        speech.cancel();
        read.textContent = read.dataset.start ?? '';
        return;
      }
      const queue = sentences(article);
      queue.forEach((text, index) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        utterance.rate = 0.9;
        if (index === queue.length - 1) utterance.onend = () => (read.textContent = read.dataset.start ?? '');
        speech.speak(utterance);
      });
      read.textContent = read.dataset.stop ?? '';
    });
  }
  if (large) {
    large.setAttribute('aria-pressed', String(root.classList.contains(LARGE)));
    large.addEventListener('click', () => {
      setLarge(!root.classList.contains(LARGE));
      large.setAttribute('aria-pressed', String(root.classList.contains(LARGE)));
    });
  }
  tools.hidden = false;
}
