// Hostile articles for the page's security test: every payload sets window.__pwned (and calls alert) if it ever runs,
// and every remote URL points at 198.51.100.7 (TEST-NET-2), so a request for it shows up as leaving the origin.
export interface HostileFile {
  name: string;
  mimeType: string;
  text: string;
}

const WIRE = `Dam inspectors <script>window.__pwned='title'</script> blame heavy rain

HALLOWAY, March 3 (Meridian Press) - Engineers said on Tuesday the dam failed after nineteen days of rain. <script>window.__pwned = 'script'; alert('script')</script>

The operator said 14 people were injured. <img src="http://198.51.100.7/x.png" onerror="window.__pwned='img'; alert('img')"> Officials said the count could rise.

"We will rebuild every home <svg onload="window.__pwned='svg'; alert('svg')"></svg> that was lost," said Dalia Renwick, the minister.

Read the full report <a href="javascript:window.__pwned='link';alert('link')">here</a> and the hearing starts on March 10. </textarea><script>window.__pwned='textarea'</script> </style><script>window.__pwned='style'</script>

<meta http-equiv="refresh" content="0; url=http://198.51.100.7/refresh"> Residents said they had warned the company in February.
`;

const PAGE = `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Dam breach floods town &lt;/title&gt;&lt;script&gt;window.__pwned='html-title'&lt;/script&gt;</title>
<meta property="og:site_name" content="The &lt;img src=x onerror=&quot;window.__pwned='outlet'&quot;&gt; Ledger">
<meta name="author" content="Tomas &lt;svg onload=&quot;window.__pwned='byline'&quot;&gt; Brandt">
<meta http-equiv="refresh" content="0; url=http://198.51.100.7/meta">
<link rel="stylesheet" href="http://198.51.100.7/style.css">
<script>window.__pwned='inline'</script>
<script src="http://198.51.100.7/evil.js"></script>
</head><body>
<article>
<h1>Dam breach floods town</h1>
<p>Engineers said on Tuesday the dam failed after nineteen days of rain, according to Meridian Press. &lt;script&gt;window.__pwned='escaped'&lt;/script&gt;</p>
<p>The operator said 14 people were injured. <img src="http://198.51.100.7/pic.png" onerror="window.__pwned='img-attr'"> Officials said the count could rise.</p>
<p>"We will rebuild every house that was lost," said Dalia Renwick &lt;/textarea&gt;&lt;/style&gt;&lt;svg onload="window.__pwned='speaker'"&gt;, the minister.</p>
<p>Read more <a href="javascript:window.__pwned='href'">on the hearing</a>, which starts on March 10. <iframe src="http://198.51.100.7/frame"></iframe></p>
<p><svg onload="window.__pwned='svg-el'"><circle r="4"></circle></svg>Residents said they had warned the company in February.</p>
</article>
</body></html>
`;

const NOTES = `---
title: "</textarea><script>window.__pwned='md-title'</script> Dam hearing set"
outlet: "</style><svg onload=\\"window.__pwned='md-outlet'\\"></svg> Gazette"
published: 2026-03-04
---

Engineers said on Tuesday the dam failed after nineteen days of rain, according to <a href="javascript:window.__pwned='cite'">Meridian Press</a>.

The operator said 14 people were injured, and ![chart](http://198.51.100.7/chart.png) officials said the count could rise.

"We will rebuild every house that was lost," said <img src=x onerror="window.__pwned='md-speaker'">Renwick, the minister.

Residents said they had warned the company in February. <meta http-equiv="refresh" content="0; url=http://198.51.100.7/md">
`;

export const HOSTILE_FILES: HostileFile[] = [
  { name: 'wire-report.txt', mimeType: 'text/plain', text: WIRE },
  { name: 'ledger.html', mimeType: 'text/html', text: PAGE },
  { name: 'notes.md', mimeType: 'text/markdown', text: NOTES },
];

/** A dossier title that breaks out of markup if it is ever parsed as HTML. */
export const HOSTILE_TITLE = `</title></textarea></style><script>window.__pwned='dossier-title'</script><img src=x onerror="window.__pwned='list'">`;

/** Strings of the payloads that must be on the page as visible text. */
export const SHOWN_AS_TEXT = [
  "<script>window.__pwned = 'script'",
  '<img src="http://198.51.100.7/x.png" onerror=',
  '</textarea><script>',
  '</style><script>',
  '<meta http-equiv="refresh"',
  '<a href="javascript:',
];
