// infoview's page works without this file; with it: live character and word counters against the
// channel's limit (red past it) and copy buttons. No inline script anywhere: the CSP forbids it.
"use strict";

function countWords(text) {
  const words = text.trim().split(/\s+/);
  return text.trim() ? words.length : 0;
}

function updateCounter(area, counter) {
  const chars = Array.from(area.value).length; // code points, as the platforms count
  const limit = parseInt(area.dataset.limit || "", 10);
  const range = (area.dataset.words || "").split("-").map(Number);
  let text = chars + " characters" + (limit ? " of " + limit : "") + ", " + countWords(area.value) + " words";
  if (range.length === 2 && range[0]) {
    text += " (aim for " + range[0] + "-" + range[1] + ")";
  }
  counter.textContent = text;
  counter.classList.toggle("over", Boolean(limit) && chars > limit);
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("textarea.draft").forEach(function (area) {
    let counter = document.querySelector('.counter[data-for="' + area.id + '"]');
    if (!counter) {
      counter = document.createElement("p");
      counter.className = "counter";
      counter.dataset.for = area.id;
      counter.setAttribute("aria-live", "polite");
      area.insertAdjacentElement("afterend", counter);
    }
    area.addEventListener("input", function () { updateCounter(area, counter); });
    updateCounter(area, counter);
  });
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      const area = document.getElementById(button.dataset.copy);
      const done = function () { button.textContent = "Copied"; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(area.value).then(done, function () { area.select(); });
      } else {
        area.select();
        document.execCommand("copy");
        done();
      }
    });
  });
});
