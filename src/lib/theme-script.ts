/**
 * The one inline script: it applies a remembered theme before first paint, so the other theme
 * never flashes. It is inline because an external file would arrive after the first paint; the
 * Content-Security-Policy allows exactly this text by its hash (src/lib/security-headers.ts).
 */
export const THEME_SCRIPT =
  "try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";
