// Target (dashed) against outcome (solid) per place, on a real year axis: every year of the
// span is on the axis and a year with no figure is a gap in the line, never a straight join.
// Each place has its own colour; the axis carries the unit. Chart.js is served locally.
(function () {
  const data = JSON.parse(document.getElementById("chart-data").textContent);
  const datasets = [];
  Object.values(data.series).forEach((s, i) => {
    const colour = `hsl(${Math.round((i * 137.508) % 360)}, 62%, 40%)`;  // golden-angle hues: distinct for any number of places
    const points = part => data.span.map(year => ({ x: year, y: part[year] ?? null }));
    datasets.push({ label: `${s.name} ${data.labels.target}`, data: points(s.target), borderColor: colour, backgroundColor: colour, borderDash: [6, 4], spanGaps: false });
    datasets.push({ label: `${s.name} ${data.labels.outcome}`, data: points(s.actual), borderColor: colour, backgroundColor: colour, spanGaps: false });
  });
  new Chart(document.getElementById("chart"), {
    type: "line",
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      scales: {
        x: { type: "linear", ticks: { stepSize: 1, precision: 0, callback: v => String(v) }, title: { display: true, text: data.labels.year } },
        y: { title: { display: Boolean(data.unit), text: data.unit } },
      },
    },
  });
})();
