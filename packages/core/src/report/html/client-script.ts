/**
 * The browser code of the HTML report (plain ES2017, no imports): reads the JSON data block and draws
 * one uPlot chart per trend, with the budget line, the baseline band, the field p75 and change points marked.
 * Untrusted strings only ever go through `textContent`.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('perfgate-data').textContent);
  function fmt(v, unit) {
    if (v == null || !isFinite(v)) return '';
    if (unit === 'bytes') return Math.abs(v) >= 1e6 ? (v / 1e6).toFixed(2) + ' MB' : Math.abs(v) >= 1e3 ? (v / 1e3).toFixed(1) + ' kB' : Math.round(v) + ' B';
    if (unit === 'ms') return Math.abs(v) >= 10000 ? (v / 1000).toFixed(1) + ' s' : Math.round(v) + ' ms';
    return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(3);
  }
  data.charts.forEach(function (c) {
    var el = document.getElementById(c.id + '-plot');
    if (!el) return;
    var xs = c.values.map(function (_, i) { return i; });
    var series = [{ label: 'run' }, { label: 'p75', stroke: '#2563eb', width: 2, points: { show: true, size: 5, fill: '#2563eb' }, value: function (u, v) { return fmt(v, c.unit); } }];
    var cols = [xs, c.values];
    var bands = [];
    if (c.bandHi != null && c.bandLo != null) {
      series.push({ label: 'baseline +', stroke: 'rgba(22,163,74,0.6)', width: 1, points: { show: false }, value: function (u, v) { return fmt(v, c.unit); } });
      series.push({ label: 'baseline −', stroke: 'rgba(22,163,74,0.6)', width: 1, points: { show: false }, value: function (u, v) { return fmt(v, c.unit); } });
      cols.push(xs.map(function () { return c.bandHi; }));
      cols.push(xs.map(function () { return c.bandLo; }));
      bands.push({ series: [cols.length - 2, cols.length - 1], fill: 'rgba(22,163,74,0.12)' });
    }
    if (c.field) {
      series.push({ label: 'field p75', stroke: '#7c3aed', width: 1.5, points: { show: true, size: 4, fill: '#7c3aed' }, value: function (u, v) { return fmt(v, c.unit); } });
      cols.push(c.field);
    }
    if (c.budget != null) {
      series.push({ label: 'budget', stroke: '#dc2626', width: 1.5, dash: [6, 4], points: { show: false }, value: function (u, v) { return fmt(v, c.unit); } });
      cols.push(xs.map(function () { return c.budget; }));
    }
    var width = Math.max(320, Math.min(900, (el.clientWidth || 640)));
    var opts = {
      width: width,
      height: 220,
      series: series,
      bands: bands,
      scales: { x: { time: false } },
      axes: [
        { values: function (u, splits) { return splits.map(function (i) { return Number.isInteger(i) && c.labels[i] != null ? c.labels[i] : ''; }); } },
        { size: 70, values: function (u, splits) { return splits.map(function (v) { return fmt(v, c.unit); }); } }
      ],
      hooks: {
        draw: [function (u) {
          var ctx = u.ctx;
          ctx.save();
          c.changePoints.forEach(function (cp) {
            var x = u.valToPos(cp.index - 0.5, 'x', true);
            ctx.strokeStyle = '#ea580c';
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.setLineDash([]);
            ctx.fillStyle = '#ea580c';
            ctx.font = (11 * devicePixelRatio) + 'px sans-serif';
            ctx.fillText(cp.label, x + 4 * devicePixelRatio, u.bbox.top + 12 * devicePixelRatio);
          });
          ctx.restore();
        }]
      }
    };
    new uPlot(opts, cols, el);
  });
})();`;
