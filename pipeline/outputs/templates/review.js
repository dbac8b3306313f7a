// Filters for review.html: only hides and shows the server-rendered entries by their data-* attributes.
(function () {
  "use strict";
  const byId = (id) => document.getElementById(id);
  const entries = Array.from(document.querySelectorAll("[data-entry]"));
  const total = entries.length;
  const controls = {
    review: byId("f-review"),
    min: byId("f-min"),
    max: byId("f-max"),
    member: byId("f-member"),
    delmal: byId("f-delmal"),
    type: byId("f-type"),
    q: byId("f-q"),
  };
  const count = byId("count");
  const empty = byId("empty");

  const members = new Map(entries.map((e) => [e, JSON.parse(e.dataset.members || "[]")]));

  function number(input, fallback) {
    const value = parseFloat(String(input.value).replace(",", "."));
    return Number.isFinite(value) ? value : fallback;
  }

  function apply() {
    const onlyReview = controls.review.checked;
    const min = number(controls.min, 0);
    const max = number(controls.max, 1);
    const member = controls.member.value;
    const delmal = controls.delmal.value;
    const type = controls.type.value;
    const words = controls.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const e of entries) {
      const confidence = parseFloat(e.dataset.confidence);
      const visible =
        (!onlyReview || e.dataset.review === "1") &&
        confidence >= min - 1e-9 &&
        confidence <= max + 1e-9 &&
        (!member || members.get(e).includes(member)) &&
        (!delmal || e.dataset.delmal === delmal) &&
        (!type || e.dataset.type === type) &&
        words.every((w) => e.dataset.search.includes(w));
      e.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = "Viser " + shown + " av " + total + " tiltak";
    empty.hidden = shown > 0;
  }

  function reset() {
    controls.review.checked = false;
    controls.min.value = "0";
    controls.max.value = "1";
    controls.member.value = "";
    controls.delmal.value = "";
    controls.type.value = "";
    controls.q.value = "";
    apply();
  }

  function openAll(open) {
    for (const d of document.querySelectorAll("[data-entry]:not([hidden]) details")) d.open = open;
  }

  for (const c of Object.values(controls)) {
    c.addEventListener("input", apply);
    c.addEventListener("change", apply);
  }
  byId("f-reset").addEventListener("click", reset);
  byId("open-all").addEventListener("click", () => openAll(true));
  byId("close-all").addEventListener("click", () => openAll(false));

  // A link to an entry the filters hide shows it again rather than going nowhere.
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    if (!link) return;
    const target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (target && target.hidden) reset();
    if (target && target.matches("[data-entry]")) {
      target.classList.remove("flash");
      void target.offsetWidth;
      target.classList.add("flash");
    }
  });

  apply();
})();
