#pragma once
// graph.html: the knowledge graph as one self-contained web page that works
// from file:// with no network: drawn with sigma.js over graphology (both
// inlined, see html_assets.h), nodes coloured by type and sized by PageRank at
// positions kgraph computes (graph::force_layout), a search box, and a panel
// listing a clicked node's facts with their sentences and sources.

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/metrics.h"

namespace kg::exporters {

struct HtmlOptions {
  // The page draws the `max_nodes` entities of highest PageRank (ties: by id)
  // and the facts between them, and says so when it leaves any out.
  std::size_t max_nodes = 2000;
};

// At most this many facts are listed per node: its strongest (most distinct
// sources, then highest confidence, then by id), drawn or not.
inline constexpr std::size_t kHtmlFactsPerNode = 20;
// At most this many sentences are shown per fact (the panel gives the count
// of the others); a sentence is cut at kHtmlSentenceBytes bytes.
inline constexpr std::size_t kHtmlSentencesPerFact = 3;
inline constexpr std::size_t kHtmlSentenceBytes = 600;

// Whether this kgraph was built with graphology and sigma.js to inline
// (html_assets().available): without them write_html*() throw kg::Error.
bool html_writer_available();

// Streams the page to `out` (owned by the caller). The graph goes into the
// page as JSON data in <script type="application/json" id="kg-data">, every
// string escaped by append_json_for_html(), so that no label, sentence or
// source is ever read as markup; the page's script builds the DOM with
// textContent only. Output is a pure function of the graph and `options`
// (`metrics` = graph::compute_metrics(graph), in entities() order). Throws
// kg::Error when the libraries are not built in, or on a write error.
void write_html(const graph::KnowledgeGraph& graph, const std::vector<graph::NodeMetrics>& metrics,
                const HtmlOptions& options, FILE* out);

// The same into a string (tests, small graphs).
std::string graph_to_html(const graph::KnowledgeGraph& graph, const HtmlOptions& options = {});

// The same into `path` through a temporary file and rename.
void write_html_file(const graph::KnowledgeGraph& graph, const HtmlOptions& options, const std::string& path);

// Appends `text` to *out as a JSON string literal (with its quotes) that is
// safe inside an HTML <script> element: besides JSON's own escapes, "<", ">"
// and "&" become \u003c, \u003e and \u0026 (so "</script>" or "<!--" cannot
// end or change the element), U+2028 and U+2029 become \u2028 and \u2029,
// control characters \u00XX; invalid UTF-8 bytes become U+FFFD. Pure.
void append_json_for_html(std::string_view text, std::string* out);

}  // namespace kg::exporters
