#include "extract/ingest/html_reader.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string_view>

#include <gumbo.h>

namespace kg::extract {
namespace {

bool is_dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

// Page furniture recognised by its class or id ("cookie-banner",
// "share-buttons", "newsletter-signup", "related-articles").
constexpr std::string_view kFurnitureMarkers[] = {"cookie", "consent", "gdpr", "newsletter", "share",
                                                  "social", "related", "advert", "promo", "paywall",
                                                  "comments"};

bool is_furniture(const GumboElement& e) {
  for (const char* name : {"class", "id"}) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    if (!a) continue;
    std::string v = a->value;
    std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
    for (auto marker : kFurnitureMarkers)
      if (v.find(marker) != std::string::npos) return true;
  }
  return false;
}

const GumboNode* find_first(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return nullptr;
  if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) return node;
  const GumboVector& children =
      node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
  for (unsigned i = 0; i < children.length; ++i)
    if (auto* found = find_first(static_cast<const GumboNode*>(children.data[i]), tag)) return found;
  return nullptr;
}

// Collects paragraphs: text of inline content accumulates in `current`.
class TextCollector {
 public:
  void walk(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        append_text(node->v.text.text);
        return;
      case GUMBO_NODE_ELEMENT: {
        const GumboElement& e = node->v.element;
        if (is_dropped(e.tag) || gumbo_get_attribute(&e.attributes, "hidden") ||
            (e.tag != GUMBO_TAG_ARTICLE && e.tag != GUMBO_TAG_MAIN && e.tag != GUMBO_TAG_BODY && is_furniture(e)))
          return;
        if (e.tag == GUMBO_TAG_BR) {
          current_ += '\n';
          space_ = false;
          return;
        }
        bool block = is_block(e.tag);
        if (block) flush();
        for (unsigned i = 0; i < e.children.length; ++i) walk(static_cast<const GumboNode*>(e.children.data[i]));
        if (block) flush();
        return;
      }
      default:
        return;
    }
  }

  std::string finish() {
    flush();
    std::string out;
    for (const auto& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }

 private:
  void append_text(const char* s) {
    for (; *s; ++s) {
      char c = *s;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        space_ = !current_.empty() && current_.back() != '\n';
        continue;
      }
      if (space_) current_ += ' ';
      space_ = false;
      current_ += c;
    }
  }

  void flush() {
    std::size_t b = current_.find_first_not_of(" \n");
    if (b != std::string::npos) {
      std::size_t e = current_.find_last_not_of(" \n");
      paragraphs_.push_back(current_.substr(b, e - b + 1));
    }
    current_.clear();
    space_ = false;
  }

  std::vector<std::string> paragraphs_;
  std::string current_;
  bool space_ = false;
};

std::string inline_text(const GumboNode* node) {
  TextCollector c;
  c.walk(node);
  std::string s = c.finish();
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

HtmlArticle extract_html_article(std::string_view html) {
  HtmlArticle a;
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  const GumboNode* root_html = out->root;
  if (root_html->type == GUMBO_NODE_ELEMENT) {
    if (const GumboAttribute* lang = gumbo_get_attribute(&root_html->v.element.attributes, "lang")) {
      std::string v = lang->value;
      v = v.substr(0, v.find_first_of("-_"));
      std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
      a.lang = v;
    }
  }
  const GumboNode* root = find_first(out->document, GUMBO_TAG_ARTICLE);
  if (!root) root = find_first(out->document, GUMBO_TAG_MAIN);
  if (!root) root = find_first(out->document, GUMBO_TAG_BODY);
  if (!root) root = out->root;
  if (const GumboNode* h1 = find_first(root, GUMBO_TAG_H1)) a.title = inline_text(h1);
  if (a.title.empty()) {
    if (const GumboNode* t = find_first(out->document, GUMBO_TAG_TITLE)) {
      const GumboVector& ch = t->v.element.children;
      for (unsigned i = 0; i < ch.length; ++i) {
        auto* n = static_cast<const GumboNode*>(ch.data[i]);
        if (n->type == GUMBO_NODE_TEXT) a.title += n->v.text.text;
      }
    }
  }
  TextCollector c;
  c.walk(root);
  a.text = c.finish();
  return a;
}

void read_html(const std::string& path, ReaderContext& ctx) {
  std::string html;
  if (!read_text_file(path, ctx, html)) return;
  HtmlArticle article = extract_html_article(html);
  RawDocument raw;
  raw.doc.id = file_stem(path);
  raw.doc.source = path;
  raw.doc.title = std::move(article.title);
  raw.doc.text = std::move(article.text);
  raw.lang_hint = std::move(article.lang);
  ctx.on_document(std::move(raw));
}

}  // namespace kg::extract
