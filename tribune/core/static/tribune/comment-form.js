// Live "characters left" count under the comment box; the form works without it.
(function () {
  var box = document.getElementById("id_body");
  var help = document.getElementById("body-left");
  if (!box || !help) return;
  var limit = parseInt(box.getAttribute("maxlength"), 10);
  function update() { help.textContent = String(limit - box.value.length); }
  box.addEventListener("input", update);
  update();
})();
