// Optional: sorts the tenant table by a clicked column. Without scripts the table stays in
// scenario order and reads the same. Numbers sort by their exact value (data-sort); empty cells
// go last in either direction.
(function () {
  "use strict";
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sortRows(body, column, th.dataset.type === "number", ascending);
      });
    });
  });

  function sortRows(body, column, numeric, ascending) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.dataset.order = i; });
    rows.sort(function (a, b) {
      var x = key(a.cells[column], numeric);
      var y = key(b.cells[column], numeric);
      if (x === null || y === null) {
        return x === y ? a.dataset.order - b.dataset.order : (x === null ? 1 : -1);
      }
      var c = numeric ? x - y : x.localeCompare(y);
      return (ascending ? c : -c) || a.dataset.order - b.dataset.order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
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
