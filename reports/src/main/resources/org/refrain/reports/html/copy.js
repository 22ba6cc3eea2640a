// The draft check's "Copy this wording" buttons: the clipboard API where the page may use it,
// else a selected text area and the copy command.
document.querySelectorAll('button.copy').forEach(function (b) {
  b.addEventListener('click', function () {
    var t = b.getAttribute('data-text');
    var done = function () { b.textContent = 'Copied'; };
    var select = function () {
      var a = document.createElement('textarea');
      a.value = t;
      document.body.appendChild(a);
      a.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      a.remove();
      b.textContent = ok ? 'Copied' : 'Select the wording above to copy it';
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(t).then(done, select);
    } else {
      select();
    }
  });
});
