// Threshold tuning: a slider beside each number input, kept in step both ways.
// Without JavaScript the number inputs work alone (the sliders stay hidden).
(function () {
  "use strict";
  document.querySelectorAll("input.slider[data-for]").forEach(function (slider) {
    var number = document.getElementById(slider.getAttribute("data-for"));
    if (!number) { return; }
    slider.value = number.value || "0";
    slider.hidden = false;
    slider.addEventListener("input", function () { number.value = slider.value; });
    number.addEventListener("input", function () {
      if (number.value !== "") { slider.value = number.value; }
    });
  });
}());
