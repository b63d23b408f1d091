// The API docs page (/docs): Swagger UI over this server's OpenAPI schema. A file rather than
// an inline script, so the Content-Security-Policy allows scripts from this server only.
// No validator badge (it would call validator.swagger.io): the app works offline.

window.ui = window.SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  layout: "BaseLayout",
  deepLinking: true,
  showExtensions: true,
  showCommonExtensions: true,
  validatorUrl: null,
  presets: [window.SwaggerUIBundle.presets.apis],
});
