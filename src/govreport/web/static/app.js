// Clicking (or pressing Enter on) a highlighted fact shows its fields. Values are set with
// textContent only, so nothing from a document is ever parsed as HTML.
(function () {
  const panel = document.getElementById("fact-fields");
  if (!panel) return;
  function show(mark) {
    document.querySelectorAll("mark.fact.selected").forEach(m => m.classList.remove("selected"));
    mark.classList.add("selected");
    panel.replaceChildren();
    // each fact comes as [label, value] rows the server wrote in the page's language
    for (const rows of JSON.parse(mark.dataset.facts)) {
      for (const [label, value] of rows) {
        const dt = document.createElement("dt");
        dt.textContent = label;
        const dd = document.createElement("dd");
        dd.textContent = value;
        panel.append(dt, dd);
      }
    }
  }
  document.querySelectorAll("mark.fact").forEach(mark => {
    mark.addEventListener("click", () => show(mark));
    mark.addEventListener("keydown", e => { if (e.key === "Enter") show(mark); });
  });
  // a link to one fact (#f123, from a project's timeline or a batch) opens on its mark, shown:
  // the mark itself, or the mark an anchor stands just before (same span) or after (inside it)
  function fromHash() {
    const target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    if (!target) return;
    let mark = target.matches("mark.fact") ? target : null;
    const step = target.matches("span.anchor.inside") ? "previousElementSibling" : "nextElementSibling";
    for (let node = target[step]; !mark && node; node = node[step]) {
      if (node.matches("mark.fact")) mark = node; else if (!node.matches("span.anchor")) break;
    }
    if (!mark) return;
    show(mark);
    mark.scrollIntoView({block: "center"});
  }
  fromHash();
  window.addEventListener("hashchange", fromHash);
})();
// A <select data-navigate="/indicators/"> goes to that path plus the chosen value as soon as
// one is chosen (an inline onchange="" would be refused by the content security policy).
document.querySelectorAll("select[data-navigate]").forEach(select => {
  select.addEventListener("change", () => { location.href = select.dataset.navigate + encodeURIComponent(select.value); });
});
