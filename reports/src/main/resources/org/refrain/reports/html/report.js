/* Refrain report: draws the charts (Vega-Lite, inlined above), sorts and filters tables, and
   reveals the row a link points to. No request of any kind is made. */
(function () {
  'use strict';

  function rowsOf(block) {
    var body = block.querySelector('table.data > tbody');
    return body ? Array.prototype.slice.call(body.rows) : [];
  }

  /* Shows a table's rows: those matching its filter, else its first rows until "show all". */
  function apply(block) {
    var visible = parseInt(block.getAttribute('data-visible') || '25', 10);
    var input = block.querySelector('input.table-filter');
    var query = input ? input.value.trim().toLowerCase() : '';
    var expanded = block.getAttribute('data-expanded') === 'true';
    rowsOf(block).forEach(function (row, i) {
      if (query) {
        row.hidden = row.textContent.toLowerCase().indexOf(query) < 0;
      } else {
        row.hidden = !expanded && i >= visible;
      }
    });
    var button = block.querySelector('button.show-all');
    if (button) {
      button.hidden = expanded || query !== '';
    }
  }

  function number(text) {
    var n = parseFloat(text.replace(/,/g, ''));
    return isNaN(n) ? null : n;
  }

  function sortBy(block, th) {
    var headers = Array.prototype.slice.call(th.parentNode.children);
    var column = headers.indexOf(th);
    var numeric = th.getAttribute('data-type') === 'number';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = rowsOf(block);
    var keyed = rows.map(function (row, i) {
      var text = row.cells[column] ? row.cells[column].textContent : '';
      return { row: row, i: i, key: numeric ? number(text) : text.toLowerCase() };
    });
    keyed.sort(function (a, b) {
      var x = a.key, y = b.key, c;
      if (x === y) { c = 0; }
      else if (x === null || x === '') { c = 1; }
      else if (y === null || y === '') { c = -1; }
      else { c = (x < y ? -1 : 1) * (ascending ? 1 : -1); }
      return c !== 0 ? c : a.i - b.i;
    });
    var body = block.querySelector('table.data > tbody');
    keyed.forEach(function (k) { body.appendChild(k.row); });
    apply(block);
  }

  function wireTables() {
    document.querySelectorAll('div.table-block').forEach(function (block) {
      block.querySelectorAll('th button.sort').forEach(function (button) {
        button.addEventListener('click', function () { sortBy(block, button.parentNode); });
      });
      var input = block.querySelector('input.table-filter');
      if (input) {
        input.addEventListener('input', function () { apply(block); });
      }
      var all = block.querySelector('button.show-all');
      if (all) {
        all.addEventListener('click', function () {
          block.setAttribute('data-expanded', 'true');
          apply(block);
        });
      }
    });
  }

  /* Reveals the element the address points to: opens its table and any closed details. */
  function reveal() {
    var id;
    try {
      id = decodeURIComponent(location.hash.replace(/^#/, ''));
    } catch (malformed) {
      return;
    }
    if (!id) { return; }
    var target = document.getElementById(id);
    if (!target) { return; }
    var block = target.closest('div.table-block');
    if (block && target.tagName === 'TR') {
      block.setAttribute('data-expanded', 'true');
      var input = block.querySelector('input.table-filter');
      if (input) { input.value = ''; }
      apply(block);
    }
    for (var up = target.parentElement; up; up = up.parentElement) {
      if (up.tagName === 'DETAILS') { up.open = true; }
    }
    document.querySelectorAll('.targeted').forEach(function (e) { e.classList.remove('targeted'); });
    target.classList.add('targeted');
    target.scrollIntoView({ block: 'center' });
  }

  /* Lets a drawn chart scale with its box, on screen and in print. */
  function scalable(figure) {
    var svg = figure.querySelector('.chart-view svg');
    if (svg && svg.getAttribute('width')) {
      svg.setAttribute('viewBox', '0 0 ' + svg.getAttribute('width') + ' ' + svg.getAttribute('height'));
      svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    }
  }

  /* Marks the page drawn once every chart is: data-drawn holds the milliseconds it took. */
  function drawn(views) {
    Promise.all(views).then(function () {
      document.documentElement.setAttribute('data-drawn', String(Math.round(performance.now())));
      // Charts change the page's height as they are drawn: go to the address's target after.
      reveal();
    });
  }

  function drawCharts() {
    var views = [];
    document.querySelectorAll('figure.chart').forEach(function (figure) {
      try {
        var payload = JSON.parse(figure.querySelector('script.chart-data').textContent);
        var spec = payload.spec;
        spec.data = { values: payload.data };
        var compiled = vegaLite.compile(spec).spec;
        var view = new vega.View(vega.parse(compiled), {
          renderer: 'svg',
          container: figure.querySelector('.chart-view'),
          hover: true
        });
        view.addEventListener('click', function (event, item) {
          var datum = item && item.datum;
          if (datum && datum.link) {
            if (location.hash === datum.link) { reveal(); } else { location.hash = datum.link; }
          }
        });
        view.addResizeListener(function () { setTimeout(function () { scalable(figure); }, 0); });
        views.push(view.runAsync().then(function () {
          scalable(figure);
          figure.setAttribute('data-rendered', 'true');
        }).catch(function (error) {
          figure.setAttribute('data-rendered', 'error');
          console.error('chart ' + figure.id + ': ' + error);
        }));
      } catch (error) {
        figure.setAttribute('data-rendered', 'error');
        console.error('chart ' + figure.id + ': ' + error);
      }
    });
    drawn(views);
  }

  wireTables();
  window.addEventListener('hashchange', reveal);
  drawCharts();
})();
