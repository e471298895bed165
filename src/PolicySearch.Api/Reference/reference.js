// Renders /openapi/v1.json as a list of operations. Text only (textContent), no inline script: works under script-src 'self'.
"use strict";

function element(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  return node;
}

function parameterTable(parameters) {
  const table = element("table");
  const head = element("tr");
  ["name", "in", "required", "type", "description"].forEach((name) => head.appendChild(element("th", name)));
  table.appendChild(head);
  parameters.forEach((parameter) => {
    const row = element("tr");
    const schema = parameter.schema || {};
    [parameter.name, parameter.in, parameter.required ? "yes" : "no", schema.type || "", parameter.description || ""]
      .forEach((value) => row.appendChild(element("td", value)));
    table.appendChild(row);
  });
  return table;
}

function operationSection(path, method, operation) {
  const section = element("section");
  section.id = operation.operationId || method + path;
  section.appendChild(element("h2", method.toUpperCase() + " " + path));
  if (operation.summary) {
    section.appendChild(element("p", operation.summary));
  }
  if (operation.description) {
    section.appendChild(element("p", operation.description));
  }
  if (operation.parameters && operation.parameters.length > 0) {
    section.appendChild(parameterTable(operation.parameters));
  }
  const answers = Object.entries(operation.responses || {})
    .map(([status, response]) => status + " " + (response.description || "") + " " + Object.keys(response.content || {}).join(", "));
  if (answers.length > 0) {
    const list = element("ul");
    answers.forEach((answer) => list.appendChild(element("li", answer)));
    section.appendChild(list);
  }
  return section;
}

async function render() {
  const target = document.getElementById("operations");
  try {
    const response = await fetch("/openapi/v1.json", { headers: { Accept: "application/json" } });
    const openApi = await response.json();
    target.textContent = "";
    Object.entries(openApi.paths || {}).forEach(([path, item]) => {
      Object.entries(item)
        .filter(([method]) => ["get", "post", "put", "delete", "patch"].includes(method))
        .forEach(([method, operation]) => target.appendChild(operationSection(path, method, operation)));
    });
  } catch (error) {
    target.textContent = "The OpenAPI document could not be loaded: " + error;
  }
}

document.addEventListener("DOMContentLoaded", render);
