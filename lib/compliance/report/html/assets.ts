/**
 * The inline stylesheet and script of the HTML report. Both are small and self-contained:
 * the report opens from a mail attachment or a CI artefact without any request. Colours are
 * never the only signal (legend patterns, text badges, tables), and the page prints.
 * @internal
 */

/** @internal */
export const STYLE = `
:root{--ok:#1b7f4c;--bad:#b3261e;--warn:#8a5a00;--info:#2f5f98;--ink:#1d1d1f;--muted:#5b5b66;--line:#d5d5dc;--bg:#fff;--land:#e3e3e8;--sea:#f3f6fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:#1a4f9c}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px 10px;z-index:9}
header.top{padding:20px 28px;border-bottom:1px solid var(--line);background:#fafafc}
header.top h1{margin:0 0 4px;font-size:1.6rem}
main{padding:0 28px 40px;max-width:1280px}
nav.toc ul{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;padding:0;margin:10px 0 0}
h2{margin:34px 0 10px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{margin:22px 0 6px}
.meta{color:var(--muted);margin:0}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0}dl.kv dt{font-weight:600}dl.kv dd{margin:0}
.counts{display:flex;flex-wrap:wrap;gap:10px;list-style:none;padding:0}
.counts li{border:1px solid var(--line);border-radius:6px;padding:6px 12px}
.badge{display:inline-block;font-size:.75rem;font-weight:700;letter-spacing:.04em;border-radius:4px;padding:1px 6px;border:1px solid currentColor;text-transform:uppercase}
.badge.error{color:var(--bad)}.badge.warning{color:var(--warn)}.badge.info{color:var(--info)}.badge.suppressed{color:var(--muted)}
.maps{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:16px;align-items:start}
figure{margin:0}figcaption{color:var(--muted);font-size:.9rem}
svg.map{width:100%;height:auto;background:var(--sea);border:1px solid var(--line);border-radius:6px}
svg.map .sphere{fill:var(--sea);stroke:#c8d3e0;stroke-width:.6}
svg.map .c{fill:var(--land);stroke:#fff;stroke-width:.4}
svg.map .c.allowed{fill:var(--ok)}svg.map .c.not-allowed{fill:url(#hatch-bad) var(--bad)}
svg.map .marker{stroke:#111;stroke-width:1.2}svg.map .marker.allowed{fill:var(--ok)}svg.map .marker.not-allowed{fill:var(--bad)}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;padding:0;margin:10px 0}
.legend li{display:flex;align-items:center;gap:6px}.swatch{width:22px;height:14px;border:1px solid #555;display:inline-block}
div.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.92rem}
th,td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
th{background:#f3f3f6}
td.ok::before{content:"\\2713 ";color:var(--ok);font-weight:700}td.bad::before{content:"\\2717 ";color:var(--bad);font-weight:700}
form.filters{border:1px solid var(--line);border-radius:6px;padding:10px 14px;display:flex;flex-wrap:wrap;gap:12px 26px;align-items:end;background:#fafafc}
form.filters fieldset{border:0;padding:0;margin:0;display:flex;gap:12px;flex-wrap:wrap}form.filters legend{font-weight:600;padding:0}
ol.findings{list-style:none;padding:0;margin:0}
li.finding{border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:6px;padding:8px 12px;margin:8px 0}
li.finding[data-level=error]{border-left-color:var(--bad)}li.finding[data-level=warning]{border-left-color:var(--warn)}li.finding[data-level=info]{border-left-color:var(--info)}
li.finding.suppressed{opacity:.85;border-style:dashed}
li.finding p{margin:4px 0}code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;background:#f3f3f6;padding:0 3px;border-radius:3px;word-break:break-all}
details{margin:6px 0}.rule-info{margin:0 0 6px;color:var(--muted)}.rule-info p{margin:2px 0}summary{cursor:pointer;font-weight:600}
.seal{font-weight:700;white-space:nowrap}
footer{color:var(--muted);border-top:1px solid var(--line);padding:14px 28px;font-size:.85rem}
[hidden]{display:none!important}
@media (max-width:900px){.maps{grid-template-columns:1fr}}
@media print{form.filters,.skip,nav.toc{display:none}body{font-size:11pt}li.finding,tr,figure{break-inside:avoid}a{color:inherit}main{max-width:none;padding:0}h2{break-after:avoid}}
`;

/** Filters (level, rule, text) and print expansion. Without the script every finding shows. @internal */
export const SCRIPT = `
(function(){
  var form=document.getElementById('filters');if(!form)return;
  var items=[].slice.call(document.querySelectorAll('li.finding'));
  var groups=[].slice.call(document.querySelectorAll('section.rule-group'));
  var status=document.getElementById('filter-status');
  function apply(){
    var levels=[].slice.call(form.querySelectorAll('input[name=level]:checked')).map(function(i){return i.value});
    var rule=form.elements.rule.value;var q=form.elements.q.value.trim().toLowerCase();var shown=0;
    items.forEach(function(li){
      var ok=levels.indexOf(li.getAttribute('data-filter-level'))>=0&&(!rule||li.getAttribute('data-rule')===rule)&&(!q||li.textContent.toLowerCase().indexOf(q)>=0);
      li.hidden=!ok;if(ok)shown++;
    });
    groups.forEach(function(g){g.hidden=!g.querySelector('li.finding:not([hidden])')});
    status.textContent='Showing '+shown+' of '+items.length+' findings';
  }
  form.addEventListener('input',apply);form.addEventListener('change',apply);
  form.addEventListener('submit',function(e){e.preventDefault();apply()});
  form.addEventListener('reset',function(){setTimeout(apply,0)});
  window.addEventListener('beforeprint',function(){[].forEach.call(document.querySelectorAll('details'),function(d){d.open=true})});
  apply();
})();
`;

/** The hatch pattern that marks "not allowed" without relying on colour (shared by both maps). @internal */
export const PATTERNS = '<svg width="0" height="0" aria-hidden="true" focusable="false" style="position:absolute"><defs>'
  + '<pattern id="hatch-bad" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
  + '<rect width="5" height="5" fill="#b3261e"/><line x1="0" y1="0" x2="0" y2="5" stroke="#fff" stroke-width="1.6"/></pattern>'
  + '</defs></svg>';
