// The page's entry: routes `/` to the start page and `/d/<id>` to a dossier, with history navigation for local links.
import './style.css';
import { replaceChildren, el } from './dom.js';
import { showDossier } from './views/dossier.js';
import { showStart } from './views/start.js';

const main = document.getElementById('main') as HTMLElement;

function route(): void {
  const match = /^\/d\/([^/]+)\/?$/.exec(location.pathname);
  if (match) {
    void showDossier(main, decodeURIComponent(match[1]!)).then(() => {
      if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
    });
  } else if (location.pathname === '/' || location.pathname === '/index.html') {
    showStart(main, navigate);
  } else {
    replaceChildren(main, el('h1', {}, 'Not found'), el('p', {}, el('a', { attrs: { href: '/' } }, 'Start page')));
  }
}

function navigate(path: string): void {
  history.pushState(null, '', path);
  route();
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a');
  if (
    !link ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    link.hasAttribute('download')
  )
    return;
  const url = new URL(link.href, location.href);
  if (
    url.origin !== location.origin ||
    url.pathname.startsWith('/api/') ||
    (url.pathname === location.pathname && url.hash)
  )
    return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});
window.addEventListener('popstate', route);
route();
