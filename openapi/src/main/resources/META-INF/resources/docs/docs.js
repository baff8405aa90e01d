// The page reads the live contract from /openapi; the hub's Content-Security-Policy forbids inline scripts.
// BaseLayout: no Swagger top bar (its "Explore" box would load other documents than the hub's own).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi?format=JSON',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    persistAuthorization: false
  });
});
