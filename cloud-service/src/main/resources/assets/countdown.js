// The pairing code's countdown on the Desktop standby page. The page says the expiry time in words; this only adds
// "expires in mm:ss" beside it, so the page works the same without scripts (and the CSP allows only our own scripts).
(function () {
  var spans = document.querySelectorAll('[data-expires]');
  if (!spans.length) return;
  function tick() {
    var now = Date.now();
    spans.forEach(function (span) {
      var left = Math.floor((Date.parse(span.getAttribute('data-expires')) - now) / 1000);
      if (left <= 0) {
        span.textContent = 'This code has expired: make a new one.';
        span.className = 'countdown error';
        return;
      }
      var m = Math.floor(left / 60), s = left % 60;
      span.textContent = 'Expires in ' + m + ':' + (s < 10 ? '0' : '') + s + '.';
    });
  }
  tick();
  setInterval(tick, 1000);
})();
