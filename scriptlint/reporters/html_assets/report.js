/* scriptlint HTML report: charts (Plotly), filters, sorting and CSV download, all in the page.
   Data comes from the two application/json elements; text reaches the DOM through textContent
   only. Without filters the page shows the server's totals; with filters, totals recomputed from
   the finding rows (which may be capped: see the note in the drill-down section). */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('data').textContent);
  var ROWDATA = JSON.parse(document.getElementById('rows').textContent);
  var ROWS = ROWDATA.r, MATCHES = ROWDATA.m;  // a row: [item, line (0: the call's line), turn, rule, severity, match index]
  var I = D.items;
  var SEV_ZH = { error: '错误', warning: '警告', info: '提示' };
  var PROBLEMS = Object.keys(D.agg.problems);
  var RULE_CAT = D.rules.map(function (r) { return r[1]; });
  var FONT = { family: '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif', size: 12 };
  var CONFIG = { displayModeBar: false, displaylogo: false, responsive: true };
  document.body.classList.add('js');

  function $(id) { return document.getElementById(id); }
  function catZh(c) { return D.categories[c] || c; }
  function pct(n, d) { return d ? (100 * n / d).toFixed(1) + '%' : '—'; }
  function per100(n, d) { return d ? (100 * n / d).toFixed(1) : '—'; }

  function option(select, value, label) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  function fillFilters() {
    Object.keys(D.agg.category).forEach(function (c) { option($('f-category'), c, catZh(c)); });
    D.severities.forEach(function (s) { option($('f-severity'), s, SEV_ZH[s]); });
    D.agents.forEach(function (a, i) { option($('f-agent'), String(i), a); });
    D.teams.forEach(function (t, i) { option($('f-team'), String(i), t); });
    D.days.slice().sort().forEach(function (d) { option($('f-from'), d, d); option($('f-to'), d, d); });
  }

  function filters() {
    return { category: $('f-category').value, severity: $('f-severity').value, agent: $('f-agent').value,
             team: $('f-team').value, from: $('f-from').value, to: $('f-to').value };
  }

  function active(f) { return Object.keys(f).some(function (k) { return f[k] !== ''; }); }
  function byCall(f) { return f.agent !== '' || f.team !== '' || f.from !== '' || f.to !== ''; }

  function itemOk(i, f) {
    if (!byCall(f)) return true;
    if (i >= D.calls) return false;
    if (f.agent !== '' && I.agent[i] !== +f.agent) return false;
    if (f.team !== '' && I.team[i] !== +f.team) return false;
    var day = I.day[i] >= 0 ? D.days[I.day[i]] : null;
    if ((f.from !== '' || f.to !== '') && day === null) return false;
    if (f.from !== '' && day < f.from) return false;
    if (f.to !== '' && day > f.to) return false;
    return true;
  }

  function rowOk(r, f) {
    return itemOk(r[0], f) && (f.category === '' || RULE_CAT[r[3]] === f.category) &&
      (f.severity === '' || D.severities[r[4]] === f.severity);
  }

  function sortedCounts(counter) {
    var out = {};
    Object.keys(counter).sort(function (a, b) { return counter[b] - counter[a] || (a < b ? -1 : a > b ? 1 : 0); })
      .forEach(function (k) { out[k] = counter[k]; });
    return out;
  }

  function groups(n) { var g = []; for (var i = 0; i < n; i++) g.push([0, 0, 0]); return g; }

  function addCall(g, v, found) { if (v >= 0) { g[v][0] += 1; g[v][1] += found ? 1 : 0; g[v][2] += found; } }

  function people(names, g, cats) {
    return names.map(function (name, p) {
      var c = cats[p] || {};
      var top = Object.keys(c).sort(function (a, b) { return c[b] - c[a] || (a < b ? -1 : 1); }).slice(0, 3)
        .map(function (k) { return [k, c[k]]; });
      return [name, g[p][0], g[p][1], g[p][2], top];
    }).sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
  }

  /* The same aggregates as the server's (html_data.aggregates), over the rows that pass `f`. */
  function compute(f) {
    var agg = { files: D.agg.files, calls: 0, calls_with_findings: 0, findings: 0, severity: {}, category: {}, rule: {},
                problems: {}, agents: [], teams: [], days: [], hours: [] };
    var perItem = new Int32Array(I.id.length), cats = { agent: {}, team: {} }, probs = {}, cat = {}, rule = {};
    D.severities.forEach(function (s) { agg.severity[s] = 0; });
    PROBLEMS.forEach(function (c) { probs[c] = new Set(); });
    ROWS.forEach(function (r) {
      if (!rowOk(r, f)) return;
      var c = RULE_CAT[r[3]], i = r[0];
      agg.findings += 1;
      agg.severity[D.severities[r[4]]] += 1;
      cat[c] = (cat[c] || 0) + 1;
      rule[D.rules[r[3]][0]] = (rule[D.rules[r[3]][0]] || 0) + 1;
      perItem[i] += 1;
      if (probs[c] && i < D.calls) probs[c].add(i);
      ['agent', 'team'].forEach(function (w) {
        var p = i < D.calls ? I[w][i] : -1;
        if (p >= 0) { cats[w][p] = cats[w][p] || {}; cats[w][p][c] = (cats[w][p][c] || 0) + 1; }
      });
    });
    var ga = groups(D.agents.length), gt = groups(D.teams.length), gd = groups(D.days.length), gh = groups(24);
    for (var i = 0; i < D.calls; i++) {
      if (!itemOk(i, f)) continue;
      var found = perItem[i];
      agg.calls += 1;
      agg.calls_with_findings += found ? 1 : 0;
      addCall(ga, I.agent[i], found); addCall(gt, I.team[i], found); addCall(gd, I.day[i], found); addCall(gh, I.hour[i], found);
    }
    agg.category = sortedCounts(cat);
    agg.rule = sortedCounts(rule);
    PROBLEMS.forEach(function (c) { agg.problems[c] = probs[c].size; });
    agg.agents = people(D.agents, ga, cats.agent);
    agg.teams = people(D.teams, gt, cats.team);
    agg.days = D.days.map(function (d, k) { return [d].concat(gd[k]); }).sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
    agg.hours = gh.map(function (g, h) { return [h].concat(g); });
    return { agg: agg, perItem: perItem };
  }

  function cell(tr, text, cls, sortValue) {
    var td = document.createElement('td');
    td.textContent = String(text);
    if (cls) td.className = cls;
    if (sortValue !== undefined) td.setAttribute('data-sort', String(sortValue));
    tr.appendChild(td);
  }

  function fillTable(id, rows, cells) {
    var tbody = $(id).tBodies[0];
    tbody.textContent = '';
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      cells(r).forEach(function (c) { cell(tr, c[0], c[1], c[2]); });
      tbody.appendChild(tr);
    });
  }

  function renderTables(agg) {
    Object.keys(agg).forEach(function (k) {
      document.querySelectorAll('[data-kpi="' + k + '"]').forEach(function (el) { el.textContent = String(agg[k]); });
    });
    D.severities.forEach(function (s) { document.querySelector('[data-kpi="sev-' + s + '"]').textContent = String(agg.severity[s]); });
    document.querySelector('[data-kpi="rate"]').textContent = pct(agg.calls_with_findings, agg.calls);
    fillTable('t-category', Object.keys(agg.category), function (c) { return [[catZh(c)], [c, 'mono'], [agg.category[c], 'num']]; });
    fillTable('t-rule', Object.keys(agg.rule).slice(0, 15), function (r) { return [[r, 'mono'], [agg.rule[r], 'num']]; });
    fillTable('t-problem', PROBLEMS, function (c) {
      return [[catZh(c)], [agg.problems[c], 'num'], [pct(agg.problems[c], agg.calls), 'num']];
    });
    var person = function (p) {
      var tops = p[4].map(function (kv) { return catZh(kv[0]) + '(' + kv[1] + ')'; }).join('、');
      return [[p[0]], [p[1], 'num'], [p[2], 'num'], [pct(p[2], p[1]), 'num', p[1] ? p[2] / p[1] : 0],
              [per100(p[3], p[1]), 'num', p[1] ? p[3] / p[1] : 0], [tops]];
    };
    fillTable('t-agent', agg.agents, person);
    fillTable('t-team', agg.teams, person);
  }

  function layout(extra) {
    var base = { font: FONT, margin: { l: 48, r: 12, t: 8, b: 40 }, paper_bgcolor: '#fff', plot_bgcolor: '#fff', showlegend: false };
    Object.keys(extra || {}).forEach(function (k) { base[k] = extra[k]; });
    return base;
  }

  function empty(n, text) {
    return n ? [] : [{ text: text, showarrow: false, xref: 'paper', yref: 'paper', x: 0.5, y: 0.5, font: { size: 14, color: '#5f6b7a' } }];
  }

  /* A horizontal bar chart tall enough for every label (one row of text per bar). */
  function barsLayout(id, n) {
    var height = Math.max(300, 20 * n + 50);
    $(id).style.height = height + 'px';
    return layout({ height: height, margin: { l: 8, r: 12, t: 8, b: 30 }, bargap: 0.25, annotations: empty(n, '没有问题'),
                    yaxis: { automargin: true, type: 'category', dtick: 1, tickfont: { size: 11 } } });
  }

  function nightShapes() {
    var s = D.window[0], e = D.window[1];
    var rect = function (a, b) {
      return { type: 'rect', xref: 'x', yref: 'paper', x0: a - 0.5, x1: b - 0.5, y0: 0, y1: 1, fillcolor: '#455a64', opacity: 0.15, line: { width: 0 } };
    };
    return s > e ? [rect(s, 24), rect(0, e)] : [rect(s, e)];
  }

  function renderCharts(agg) {
    var P = window.Plotly;
    var sevs = D.severities;
    P.react('c-severity', [{ type: 'bar', x: sevs.map(function (s) { return SEV_ZH[s]; }), y: sevs.map(function (s) { return agg.severity[s]; }),
      marker: { color: ['#c62828', '#ef6c00', '#1565c0'] } }], layout(), CONFIG);
    var cats = Object.keys(agg.category).reverse();
    P.react('c-category', [{ type: 'bar', orientation: 'h', y: cats.map(catZh), x: cats.map(function (c) { return agg.category[c]; }),
      marker: { color: '#546e7a' } }], barsLayout('c-category', cats.length), CONFIG);
    var rules = Object.keys(agg.rule).slice(0, 15).reverse();
    P.react('c-rule', [{ type: 'bar', orientation: 'h', y: rules, x: rules.map(function (r) { return agg.rule[r]; }),
      marker: { color: '#78909c' } }], barsLayout('c-rule', rules.length), CONFIG);
    var days = agg.days;
    P.react('c-trend', [
      { type: 'bar', name: '通话数', x: days.map(function (d) { return d[0]; }), y: days.map(function (d) { return d[1]; }), marker: { color: '#b0bec5' } },
      { type: 'scatter', mode: 'lines+markers', name: '有问题通话', x: days.map(function (d) { return d[0]; }), y: days.map(function (d) { return d[2]; }),
        line: { color: '#c62828' } }
    ], layout({ showlegend: true, legend: { orientation: 'h', y: 1.12 }, xaxis: { type: 'category' },
                annotations: empty(days.length, '通话未带 started_at，无法按日统计') }), CONFIG);
    P.react('c-hour', [
      { type: 'bar', name: '通话数', x: agg.hours.map(function (h) { return h[0]; }), y: agg.hours.map(function (h) { return h[1]; }), marker: { color: '#b0bec5' } },
      { type: 'bar', name: '有问题通话', x: agg.hours.map(function (h) { return h[0]; }), y: agg.hours.map(function (h) { return h[2]; }), marker: { color: '#c62828' } }
    ], layout({ showlegend: true, legend: { orientation: 'h', y: 1.12 }, barmode: 'overlay', shapes: nightShapes(),
                xaxis: { dtick: 1, range: [-0.5, 23.5], title: { text: '小时（通话当地时间）' } } }), CONFIG);
  }

  function renderDrill(f) {
    var on = byCall(f);
    document.querySelectorAll('#t-rank tbody tr, #details section.detail').forEach(function (el) {
      el.classList.toggle('hidden', on && !itemOk(+el.getAttribute('data-i'), f));
    });
  }

  function update() {
    var f = filters();
    var agg = active(f) ? compute(f).agg : D.agg;
    var note = '';
    if (active(f) && ROWS.length < D.rows_total) note = '注意：筛选只基于 CSV 中所含的前 ' + ROWS.length + ' 条问题（共 ' + D.rows_total + ' 条）。';
    $('f-note').textContent = note;
    renderTables(agg);
    renderDrill(f);
    if (window.Plotly) renderCharts(agg);
  }

  function csvField(v) {
    var s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // not a formula when the file is opened in a spreadsheet
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function downloadCsv() {
    var f = filters();
    var head = ['文件', '行', '通话ID', '轮次', '坐席', '团队', '日期', '规则', '类别', '严重程度', '原文片段', '说明', '建议改写'];
    var lines = [head.join(',')];
    ROWS.forEach(function (r) {
      if (!rowOk(r, f)) return;
      var i = r[0], call = i < D.calls, rule = D.rules[r[3]];
      var name = function (list, v) { return call && v >= 0 ? list[v] : ''; };
      lines.push([D.paths[I.path[i]], r[1] || I.line[i], call ? I.id[i] : '', r[2] >= 0 ? r[2] : '', name(D.agents, I.agent[i]),
                  name(D.teams, I.team[i]), name(D.days, I.day[i]), rule[0], catZh(rule[1]), SEV_ZH[D.severities[r[4]]],
                  MATCHES[r[5]], rule[2], rule[3]].map(csvField).join(','));
    });
    var blob = new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'scriptlint-findings.csv';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function sortBy(th) {
    var table = th.closest('table'), col = Array.prototype.indexOf.call(th.parentNode.children, th);
    var dir = th.getAttribute('data-dir') === 'desc' ? 'asc' : 'desc';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('data-dir'); });
    th.setAttribute('data-dir', dir);
    var key = function (tr) {
      var td = tr.children[col], v = td.hasAttribute('data-sort') ? td.getAttribute('data-sort') : td.textContent;
      var n = Number(String(v).replace(/%$/, ''));
      return v !== '' && v !== '—' && !isNaN(n) ? n : v;
    };
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    rows.sort(function (a, b) {
      var x = key(a), y = key(b), c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return dir === 'asc' ? c : -c;
    });
    rows.forEach(function (tr) { table.tBodies[0].appendChild(tr); });
  }

  fillFilters();
  ['f-category', 'f-severity', 'f-agent', 'f-team', 'f-from', 'f-to'].forEach(function (id) { $(id).addEventListener('change', update); });
  $('f-reset').addEventListener('click', function () {
    document.querySelectorAll('#filters select').forEach(function (s) { s.value = ''; });
    update();
  });
  $('csv').addEventListener('click', downloadCsv);
  document.querySelectorAll('table.sortable th').forEach(function (th) { th.addEventListener('click', function () { sortBy(th); }); });
  update();
})();
