// Target (dashed) against outcome (solid) per region and year, with the locally served Chart.js.
(function () {
  const data = JSON.parse(document.getElementById("chart-data").textContent);
  const colours = ["#8b1a1a", "#1f5fa8", "#2e8b57", "#b8860b", "#6a3d9a", "#d2691e"];
  const datasets = [];
  Object.values(data.series).forEach((s, i) => {
    const colour = colours[i % colours.length];
    datasets.push({ label: s.name + " 目标/target", data: data.years.map(y => s.target[y] ?? null), borderColor: colour, borderDash: [6, 4], spanGaps: true });
    datasets.push({ label: s.name + " 实际/outcome", data: data.years.map(y => s.actual[y] ?? null), borderColor: colour, backgroundColor: colour, spanGaps: true });
  });
  new Chart(document.getElementById("chart"), { type: "line", data: { labels: data.years, datasets }, options: { animation: false } });
})();
