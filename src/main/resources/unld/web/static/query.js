// unld query page: sends the query to /sparql and shows the results as a table.
// Every value from the results is put in the page with textContent, never as markup.
"use strict";
(function () {
  const form = document.getElementById("query-form");
  if (!form) { return; }
  const text = document.getElementById("query-text");
  const format = document.getElementById("query-format");
  const results = document.getElementById("results");
  const base = form.dataset.base || "";
  const accept = {
    table: "application/sparql-results+json, text/turtle;q=0.9",
    json: "application/sparql-results+json, application/ld+json;q=0.9",
    xml: "application/sparql-results+xml, application/rdf+xml;q=0.9",
    csv: "text/csv, text/turtle;q=0.9",
    tsv: "text/tab-separated-values, text/turtle;q=0.9"
  };

  function el(tag, content, cls) {
    const e = document.createElement(tag);
    if (content !== undefined && content !== null) { e.textContent = content; }
    if (cls) { e.className = cls; }
    return e;
  }

  // Our own IRIs open their page on this server; the others go to the web.
  function href(iri) {
    if (base && iri.indexOf(base + "id/") === 0 && iri.indexOf("#") < 0) {
      return "/doc/" + iri.substring((base + "id/").length) + ".html";
    }
    return iri;
  }

  function cell(term) {
    const td = el("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      const a = el("a", term.value);
      a.href = href(term.value);
      td.appendChild(a);
    } else {
      td.appendChild(document.createTextNode(term.value));
      const tag = term["xml:lang"] || (term.datatype ? term.datatype.replace("http://www.w3.org/2001/XMLSchema#", "xsd:") : null);
      if (tag) { td.appendChild(el("span", tag, "lang")); }
    }
    return td;
  }

  function table(json) {
    const vars = json.head.vars || [];
    const rows = json.results.bindings;
    const t = el("table");
    const head = el("thead");
    const tr = el("tr");
    vars.forEach(v => tr.appendChild(el("th", v)));
    head.appendChild(tr);
    t.appendChild(head);
    const body = el("tbody");
    rows.forEach(row => {
      const r = el("tr");
      vars.forEach(v => r.appendChild(cell(row[v])));
      body.appendChild(r);
    });
    t.appendChild(body);
    return [t, rows.length];
  }

  async function run() {
    results.replaceChildren(el("p", "Running…", "meta"));
    const started = performance.now();
    const chosen = format.value;
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept[chosen] || accept.table },
        body: new URLSearchParams({ query: text.value })
      });
      const type = response.headers.get("Content-Type") || "";
      const body = await response.text();
      const ms = Math.round(performance.now() - started);
      if (!response.ok) {
        results.replaceChildren(el("p", "Error " + response.status + (response.status === 503 ? " (the query took too long and was cut)" : ""), "error"), el("pre", body));
        return;
      }
      if (chosen === "table" && type.indexOf("application/sparql-results+json") === 0) {
        const json = JSON.parse(body);
        if (typeof json.boolean === "boolean") {
          results.replaceChildren(el("p", "Answer: " + (json.boolean ? "yes (true)" : "no (false)")), el("p", ms + " ms", "meta"));
          return;
        }
        const [t, n] = table(json);
        results.replaceChildren(el("p", n + (n === 1 ? " row" : " rows") + " in " + ms + " ms", "meta"), t);
        return;
      }
      results.replaceChildren(el("p", type + " · " + ms + " ms", "meta"), el("pre", body));
    } catch (e) {
      results.replaceChildren(el("p", "The query could not be sent: " + e, "error"));
    }
  }

  form.addEventListener("submit", function (event) {
    if (format.value === "table" || window.fetch) {
      event.preventDefault();
      run();
    }
  });
  text.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      run();
    }
  });
  if (form.dataset.run === "1") { run(); }
})();
