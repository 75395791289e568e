// Progressive enhancement for the registration page: while staff type or paste, show the
// phrases that signal dissatisfaction. Without JavaScript the "Controleer" button does the same.
(function () {
  'use strict';
  var story = document.getElementById('Input_Story');
  var live = document.getElementById('signalen-live');
  if (!story || !live || !window.fetch) {
    return;
  }

  var timer = null;
  var lastText = null;

  function render(text, signals) {
    live.textContent = '';
    if (!signals.length) {
      return;
    }
    var card = document.createElement('section');
    card.className = 'gh-card gh-signals';
    var heading = document.createElement('h2');
    heading.className = 'utrecht-heading-3';
    heading.textContent = 'Let op: in deze tekst zit ongenoegen';
    card.appendChild(heading);

    var preview = document.createElement('p');
    preview.className = 'utrecht-paragraph gh-signals__text';
    var position = 0;
    signals.forEach(function (signal, index) {
      preview.appendChild(document.createTextNode(text.slice(position, signal.start)));
      var mark = document.createElement('mark');
      mark.className = 'gh-mark';
      mark.textContent = signal.phrase;
      var sup = document.createElement('sup');
      sup.textContent = String(index + 1);
      mark.appendChild(sup);
      preview.appendChild(mark);
      position = signal.start + signal.length;
    });
    preview.appendChild(document.createTextNode(text.slice(position)));
    card.appendChild(preview);

    var list = document.createElement('ol');
    list.className = 'utrecht-ordered-list';
    signals.forEach(function (signal) {
      var item = document.createElement('li');
      item.className = 'utrecht-ordered-list__item';
      var strong = document.createElement('strong');
      strong.textContent = '"' + signal.phrase + '"';
      item.appendChild(strong);
      item.appendChild(document.createTextNode(': ' + signal.explanation));
      list.appendChild(item);
    });
    card.appendChild(list);
    live.appendChild(card);
  }

  function check() {
    var text = story.value;
    if (text === lastText) {
      return;
    }
    lastText = text;
    fetch('/api/verborgen-klachten', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: text })
    })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (signals) { if (text === story.value) { render(text, signals); } })
      .catch(function () { /* the button still works without this */ });
  }

  story.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 400);
  });
  if (story.value) {
    check();
  }
})();
