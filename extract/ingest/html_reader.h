#pragma once
// .html/.htm input: the article body of a web page, parsed with gumbo.

#include <string>
#include <string_view>

#include "extract/ingest/reader_context.h"

namespace kg::extract {

// The readable content of one HTML page.
struct HtmlArticle {
  std::string title;  // the first <h1> of the article, else <title>; "" if none
  std::string lang;   // primary subtag of <html lang="fr-FR"> ("fr"), lowercase; "" if none
  std::string text;   // paragraphs separated by a blank line; not normalised
};

// Extracts the article from `html` (UTF-8). The content root is the first
// <article>, else the first <main>, else <body>. Dropped with their content:
// script, style, nav, header, footer, aside, form, noscript, iframe, template,
// svg, button, select, textarea, elements with the `hidden` attribute, and
// page furniture marked by a class or id containing cookie, consent, gdpr,
// newsletter, share, social, related, advert, promo, paywall or comments
// (except on the article, main or body element itself).
// Block elements (p, h1-h6, li, blockquote, div, td, figcaption...) become
// paragraphs; <br> a line break; whitespace inside a paragraph collapses to one
// space. Entities are decoded. Pure function (gumbo is reentrant).
HtmlArticle extract_html_article(std::string_view html);

// Reads `path` as one document (id = file stem) through extract_html_article.
void read_html(const std::string& path, ReaderContext& ctx);

}  // namespace kg::extract
