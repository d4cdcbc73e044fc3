/**
 * The one inline script. It runs in <head>, before the first paint, and sets three attributes on
 * <html> that CSS reads, so nothing moves once the page shows:
 * - data-theme: a remembered light or dark choice (none: follow the system);
 * - data-for: the audience a `?for=` link asks for, which global.css puts first;
 * - data-mac: the search shortcut hint reads "⌘ K" instead of "Ctrl K".
 * It is inline because an external file would arrive after the first paint; the
 * Content-Security-Policy allows exactly this text by its hash (src/lib/security-headers.ts).
 */
export const THEME_SCRIPT =
  "(()=>{const d=document.documentElement;try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch{}const f=new URLSearchParams(location.search).get('for');if(f)d.dataset.for=f.trim().toLowerCase();if(/Mac|iPhone|iPad/.test(navigator.platform))d.dataset.mac=''})()";
