// A ballot takes at most N 赞成 (data-max-for); once N are marked the other 赞成 choices are
// disabled, so a further one cannot be sent (the server refuses it as well).
(function () {
  var form = document.getElementById("ballot-form");
  if (!form) return;
  var max = parseInt(form.getAttribute("data-max-for"), 10);
  var count = document.getElementById("for-count");
  function update() {
    var fors = form.querySelectorAll('input[type=radio][value="FOR"]');
    var marked = 0;
    fors.forEach(function (r) { if (r.checked) marked++; });
    fors.forEach(function (r) { r.disabled = !r.checked && marked >= max; });
    count.textContent = "已投赞成 " + marked + " / " + max + (marked >= max ? "，不能再投赞成。" : "");
  }
  form.addEventListener("change", update);
  update();
})();
