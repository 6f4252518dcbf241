// Draws each dashboard figure with ECharts from the numbers the page was given (the JSON in #fd-figures):
// the same numbers as the figure's table and CSV. Colours come from the GOV.UK palette, darkened where needed
// for 3:1 contrast on white; the legend names each series, so colour is never the only cue. Without
// JavaScript the tables carry the figures.
(function () {
  var palette = ['#1d70b8', '#b45500', '#00703c', '#d4351c', '#4c2c92', '#00747a', '#d53880', '#7c5b1e',
    '#003078', '#6f72af', '#505a5f', '#912b88', '#5e6e22'];
  var fixed = {'Decided in time': '#00703c', 'Decided late': '#b45500', 'Overdue, no decision yet': '#d4351c'};
  var data = document.getElementById('fd-figures');
  (data ? JSON.parse(data.textContent) : []).forEach(function (figure) {
    var element = document.getElementById('chart-' + figure.name);
    if (!element || figure.chart === 'none' || !window.echarts) {
      return;
    }
    var shown = figure.series.filter(function (s) {
      return s.values.some(function (v) { return v > 0; });
    });
    var count = figure.categories.length;
    var chart = echarts.init(element, null, {renderer: 'svg'});
    chart.setOption({
      animation: false,
      color: palette,
      textStyle: {fontFamily: 'Arial, sans-serif', fontSize: 14, color: '#0b0c0c'},
      tooltip: {trigger: 'axis'},
      legend: {top: 0, type: 'scroll', textStyle: {fontSize: 14}},
      grid: {left: 30, right: 20, top: 40, bottom: 10, containLabel: true},
      xAxis: {type: 'category', data: figure.categories,
        axisLabel: {interval: count > 14 ? Math.ceil(count / 12) - 1 : 0, rotate: count > 6 ? 30 : 0, hideOverlap: true}},
      yAxis: {type: 'value', minInterval: 1},
      series: (shown.length ? shown : figure.series.slice(0, 1)).map(function (s) {
        return {
          name: s.name, type: 'bar', data: s.values, barMaxWidth: 48,
          stack: figure.chart === 'stacked' ? 'all' : undefined,
          itemStyle: fixed[s.name] ? {color: fixed[s.name]} : undefined
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
