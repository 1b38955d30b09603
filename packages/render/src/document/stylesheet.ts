/** The inline stylesheet of HTML output: readable on screen, compact and black-on-white in print. */
export const STYLESHEET = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6474; --line: #d5d9e0; --accent: #2f5d8a; --note: #f3f6fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--line); color: var(--accent); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
p, ul, ol, dl, table, aside { margin: 0 0 0.75rem; }
ul, ol { padding-left: 1.4rem; }
li { margin: 0.15rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; border-bottom-width: 2px; }
aside { background: var(--note); border-left: 4px solid var(--accent); padding: 0.6rem 0.9rem; }
aside > :last-child { margin-bottom: 0; }
.note-title { margin-bottom: 0.4rem; }
.muted { color: var(--muted); }
p, li, dd, td { overflow-wrap: anywhere; }
@page { margin: 18mm 16mm; }
@media print {
  body { font-size: 10.5pt; color: #000; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; color: #000; break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  table, aside, dl, li { break-inside: avoid; page-break-inside: avoid; }
  aside { background: none; border-left-color: #000; }
  .muted { color: #333; }
}
`.trim();
