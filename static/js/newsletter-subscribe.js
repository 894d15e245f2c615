// The subscribe form is served without a CSRF token, so cached pages stay shareable. On submit,
// fetch a token from our own server (never cached), add it to the form, then send it.
// Without this script the server asks the reader to press Subscribe once more.
(function () {
  "use strict";
  document.querySelectorAll("form[data-newsletter-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.querySelector("input[name=csrfmiddlewaretoken]")) return;
      event.preventDefault();
      fetch(form.action + "?token", { credentials: "same-origin", cache: "no-store" })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          var input = document.createElement("input");
          input.type = "hidden";
          input.name = "csrfmiddlewaretoken";
          input.value = data.token;
          form.appendChild(input);
          form.submit();
        })
        .catch(function () { form.submit(); });
    });
  });
})();
