#include "extract/ingest/language_id.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace kg::extract {
namespace {

constexpr int kMajorityPercent = 70;
constexpr int kMajorityMinBytes = 200;

}  // namespace

std::string detect_language(std::string_view text, std::string_view hint) {
  std::string hint_code(hint);
  CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  if (!hint_code.empty()) hints.language_hint = CLD2::GetLanguageFromName(hint_code.c_str());
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), true, &hints, 0, language3, percent3, scores3,
      nullptr, &text_bytes, &reliable, &valid_prefix);
  // CLD2 calls a result unreliable as soon as one chunk (a headline, a quote)
  // scores low; a language that holds most of a text of some length is still
  // the answer a reader would give.
  if (!reliable && percent3[0] >= kMajorityPercent && text_bytes >= kMajorityMinBytes) {
    lang = language3[0];
    reliable = true;
  }
  // CLD2's summary prefers a second language over English when English is
  // "only" a majority (meant for web pages with English menus); in an
  // article, the language of most of the text is the language of the article.
  if (reliable && lang != language3[0] && language3[0] != CLD2::UNKNOWN_LANGUAGE && percent3[0] > 50)
    lang = language3[0];
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return hint_code;
  std::string code = CLD2::LanguageCode(lang);
  if (code == "un" || code == "xxx") return hint_code;
  return code;
}

}  // namespace kg::extract
