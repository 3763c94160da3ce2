// Optional: sorts the tenant table by a clicked column. Without scripts the table stays in
// scenario order and reads the same. Numbers sort by their exact value (data-sort); empty cells
// go last in either direction.
(function () {
  "use strict";
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      // The header cell itself is the control: a <button> inside it would vanish from the
      // header that Chromium repeats on every printed page.
      th.classList.add("sort");
      th.tabIndex = 0;
      th.title = "Sort by this column";
      var sort = function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sortRows(body, column, th.dataset.type === "number", ascending);
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          sort();
        }
      });
    });
  });

  function sortRows(body, column, numeric, ascending) {
    var entries = Array.prototype.map.call(body.rows, function (row, i) {
      return { row: row, order: i, key: key(row.cells[column], numeric) };
    });
    entries.sort(function (a, b) {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.order - b.order : (a.key === null ? 1 : -1);
      }
      var c = numeric ? a.key - b.key : a.key.localeCompare(b.key, undefined, { numeric: true });
      return (ascending ? c : -c) || a.order - b.order;
    });
    entries.forEach(function (e) { body.appendChild(e.row); });
  }

  function key(cell, numeric) {
    if (numeric) {
      var v = cell.dataset.sort;
      return v === undefined ? null : parseFloat(v);
    }
    var t = cell.textContent.trim();
    return t === "" ? null : t;
  }
})();
