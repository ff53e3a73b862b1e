// Swagger UI from the vendored bundle, reading this server's own spec: nothing from a CDN.
window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
