// Dateline's interactive timeline: a storyline's timeline entries, dated quotes and dated events on one
// zoomable time axis, drawn with the vendored vis-timeline from the app's own /api JSON. Text is set as text,
// never as markup. Without scripts the page's list is the timeline; with them this view is added above it.
(function () {
  "use strict";
  var box = document.getElementById("interactive-timeline");
  if (!box || typeof vis === "undefined") {
    return;
  }
  var GROUPS = [
    {id: "timeline", content: "Timeline"},
    {id: "quotes", content: "Quotes"},
    {id: "events", content: "Events"}
  ];

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  // A timeline entry shows its words; a quote its speaker and an event its kind, their words in the tooltip,
  // so that months of quotes stay one row high enough to read.
  function content(item) {
    if (item.label) {
      return element("span", "chart-label", item.label);
    }
    return element("span", "chart-item", item.text.length > 60 ? item.text.slice(0, 59) + "…" : item.text);
  }

  function draw(page) {
    var items = new vis.DataSet(page.items.map(function (item, index) {
      return {
        id: index, group: item.group, start: item.start, end: item.end || undefined,
        type: item.end ? "range" : item.group === "timeline" ? "box" : "point",
        content: content(item), title: item.text, href: item.href
      };
    }));
    var timeline = new vis.Timeline(box, items, new vis.DataSet(GROUPS), {
      stack: true, zoomable: true, maxHeight: "26rem", zoomMin: 1000 * 60 * 60 * 24,
      orientation: {axis: "top"}, tooltip: {followMouse: true}
    });
    timeline.fit({animation: false});
    timeline.on("doubleClick", function (properties) {
      if (properties.what === "item" && properties.item !== null) {
        window.location.assign(items.get(properties.item).href);
      }
    });
    document.getElementById("zoom-in").addEventListener("click", function () { timeline.zoomIn(0.5); });
    document.getElementById("zoom-out").addEventListener("click", function () { timeline.zoomOut(0.5); });
    document.getElementById("zoom-fit").addEventListener("click", function () { timeline.fit(); });
    box.dataset.items = String(page.items.length);
    box.dataset.ready = "true";
    if (page.truncated) {
      box.parentNode.appendChild(element("p", "meta", "Showing the first marks of each kind; the list below has them all."));
    }
  }

  var controls = document.getElementById("timeline-controls");
  controls.hidden = false;
  fetch(box.dataset.api, {headers: {Accept: "application/json"}, credentials: "same-origin"})
    .then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    })
    .then(draw)
    .catch(function (error) {
      controls.hidden = true;
      box.appendChild(element("p", "meta", "The interactive timeline could not be drawn (" + error.message + ")."));
    });
})();
