// infoview's page works without this file; with it: live character and word counters against the
// channel's limit (red past it), copy buttons, and LLM drafts shown as they are written (POST /stream).
// No inline script anywhere: the CSP forbids it.
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

function setUp() {
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
}

// The finished page (or an error) replaces what is on screen, as if the form had been posted.
function showPage(html) {
  const page = new DOMParser().parseFromString(html, "text/html");
  document.title = page.title;
  document.getElementById("main").replaceChildren(...page.getElementById("main").childNodes);
  window.scrollTo(0, 0);
  setUp();
}

function showError(data) {
  const main = document.getElementById("main");
  const heading = document.createElement("h1");
  heading.textContent = data.title;
  const message = document.createElement("p");
  message.className = "error";
  message.setAttribute("role", "alert");
  message.textContent = data.message;
  const back = document.createElement("a");
  back.href = "/";
  back.textContent = "Back to Prepare";
  main.replaceChildren(heading, message, back);
}

function showPartial(data) {
  let text = document.getElementById("stream-" + data.at);
  if (!text) {
    const section = document.createElement("section");
    section.className = "result streaming";
    const heading = document.createElement("h2");
    heading.textContent = data.title;
    text = document.createElement("p");
    text.id = "stream-" + data.at;
    text.className = "stream-text";
    section.append(heading, text);
    document.getElementById("main").append(section);
  }
  text.textContent = data.text;
}

async function streamDrafts(form) {
  const main = document.getElementById("main");
  const heading = document.createElement("h1");
  heading.textContent = "Writing your drafts";
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.textContent = "The model is writing; each draft appears as it comes, then its checks.";
  const response = await fetch("/stream", { method: "POST", body: new FormData(form), credentials: "same-origin" });
  if (!(response.headers.get("content-type") || "").startsWith("text/event-stream")) {
    showPage(await response.text()); // a refused form: the same error page /prepare shows
    return;
  }
  main.replaceChildren(heading, status);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = (block.match(/^event: (.*)$/m) || [])[1];
      const data = JSON.parse((block.match(/^data: (.*)$/m) || [])[1] || "{}");
      if (name === "partial") showPartial(data);
      else if (name === "done") { showPage(data.html); return; }
      else if (name === "error") { showError(data); return; }
    }
  }
  showError({ title: "The model did not answer", message: "The page lost its connection to infoview serve." });
}

document.addEventListener("DOMContentLoaded", function () {
  setUp();
  const form = document.querySelector("form.prepare");
  if (!form || !window.fetch || !window.ReadableStream) return;
  form.addEventListener("submit", function (submitted) {
    const llm = form.querySelector("#engine-llm");
    if (!llm || !llm.checked) return; // the offline engine answers at once: a plain POST /prepare
    submitted.preventDefault();
    streamDrafts(form).catch(function () {
      showError({ title: "The model did not answer", message: "The page lost its connection to infoview serve." });
    });
  });
});
