#pragma once
// The code and style graph.html inlines, embedded into kgraph at build time
// by cmake/embed_html_assets.cmake: graphology and sigma.js (minified builds
// from export/html/node_modules, each after a comment holding its licence)
// and the page's own script and style (export/html/app.js, page.css).

#include <string_view>

namespace kg::exporters {

struct HtmlAssets {
  // False when the build found no graphology or sigma.js in
  // export/html/node_modules (npm ci was not run): graph.html cannot be written.
  bool available;
  std::string_view graphology;  // UMD build: defines the global `graphology`
  std::string_view sigma;       // UMD build: defines the global `Sigma`
  std::string_view app;         // export/html/app.js
  std::string_view css;         // export/html/page.css
};

const HtmlAssets& html_assets();

}  // namespace kg::exporters
