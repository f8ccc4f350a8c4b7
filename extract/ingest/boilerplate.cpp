#include "extract/ingest/boilerplate.h"

#include <array>
#include <cctype>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "base/error.h"

namespace kg::extract {

const std::vector<BoilerplateRule>& boilerplate_rules() {
  static const std::vector<BoilerplateRule> rules{
      {"follow.social", "\"Suivez X sur Telegram\", \"Follow us on Twitter\" (also glued: \"surTelegram\")",
       RuleAction::drop_line,
       R"(^(suivez|suivre|retrouvez|rejoignez|abonnez-vous|follow|join)\b.{0,100}?\b(sur|on|à|a)\s*(telegram|twitter|x|facebook|instagram|youtube|linkedin|tiktok|whatsapp|vk|threads|bluesky|snapchat|mastodon|google news|notre (chaîne|page|compte)|our (channel|page))\b)",
       250},
      {"related.read_also", "\"Lire aussi : ...\", \"À lire aussi\", \"Read more: ...\", \"Related:\"",
       RuleAction::drop_line,
       R"(^(à |a )?(lire|voir) (aussi|également|egalement)\b|^(read|see) (more|also)\b|^(also read|read next|more on this story|related( articles| stories| topics| content| coverage)?|sur le même sujet|dans la même rubrique|lire la suite|read the full (story|article))\s*(:|>|$))",
       300},
      {"share.subscribe", "share, subscribe and newsletter prompts (\"Partager sur...\", \"Abonnez-vous\", \"Sign up for our newsletter\")",
       RuleAction::drop_line,
       R"(^(partager (sur|cet article|l'article|la publication|par e-?mail)\b|partagez (cet article|sur|l'article)\b|partager\s*:?\s*$|share (this|on|via)\b|share\s*:?\s*$|tweet this\b|abonnez-vous\b|inscrivez-vous\b|recevez (notre|nos|la) newsletter\b|(sign up|subscribe)( now| today| here)?( for| to)? (our|the|my) [\w ]*newsletter\b|sign up (now|here|today)\b|subscribe (now|today|here)\b|newsletter\s*:?\s*$))",
       200},
      {"share.buttons", "a bar of share buttons (\"Facebook Twitter E-mail\")", RuleAction::drop_line,
       R"(^((facebook|twitter|linkedin|whatsapp|e-?mail|partager|tweeter|imprimer|print|pinterest|reddit|messenger|telegram|copier le lien|copy link|flipboard|share)[\s|·•,/]*){2,}$)",
       120},
      {"share.post_to", "a bar of share links written as actions (\"Post to Reddit Post to Facebook\", \"Share on X Share on Y\")",
       RuleAction::drop_line,
       R"(^(?!.*[.!?:;]$)(?:(?:post|share|add|submit|send|bookmark|save)(?: this| it)? (?:to|on|via)\s+.{1,40}?){2,}$)",
       300},
      {"credit.label", "a photo/video credit line (\"Photo : AFP\", \"Crédit photo : X\", \"Source : Reuters\")",
       RuleAction::drop_line,
       R"(^(photos?|crédits? (photos?|images?)[\p{L} ]{0,25}|crédits?|credits?|photo credit|illustration|image|images|vidéo|video|photo d'illustration|source image|sources?|infos?)\s*:)",
       150},
      {"credit.caption", "caption and copyright markers (\"Image caption ...\", \"Image copyright ...\", \"Getty Images\")",
       RuleAction::drop_line,
       R"(^(image caption|image copyright|image source|media caption|caption|copyright|getty images|media playback is (unsupported|not supported))\b)",
       300},
      {"credit.parenthesised", "a line that is only a credit in parentheses (\"(Photo by X/Getty Images)\")",
       RuleAction::drop_line, R"(^\((photos?|image|crédit|credit|photograph|illustration)\b[^)]*\)$)", 200},
      {"credit.copyright", "a line that starts with ©", RuleAction::drop_line, R"(^(©|\(c\) ))", 200},
      {"credit.agency", "a line that is only an agency name (\"AFP\", \"Reuters / John Smith\")",
       RuleAction::drop_line,
       R"(^(afp|reuters|ap|associated press|getty images|shutterstock|maxppp|sipa|abaca|epa|istock)( ?[/|-] ?[\p{L} .'-]{1,40})?$)",
       60},
      {"credit.cut_copyright", "a credit glued at the end of a line, cut at the ©: \"...© Name Source: Reuters\"",
       RuleAction::cut_credit, R"(\s*©[^©]{0,150}$)", 0, "©", 150 + 2},
      {"credit.cut_photo_by", "a parenthesised credit at the end of a line: \"... (Photo by X/Getty Images)\"",
       RuleAction::cut_credit,
       R"(\s*\((photo|image|crédit photo|credit|photograph|illustration)\s*(by|:|de|credit)\b[^)]{1,120}\)$)", 0, ")", 2},
      {"credit.cut_trailing_label",
       "a credit glued after the last sentence of a line: \"...1 000 000 \u20ac.Photo : Ferrari 275 GTB - Cr\u00e9dit : Bonhams\"",
       RuleAction::cut_credit,
       R"((?<=[.!?"\)\]\p{Sc}%])\s*((crédits?|credits?) (photos?|images?)[\p{L} ]{0,25}|photos?|illustrations?|infos?|sources?|image credit|photo credit)\s*:\s*(?:(?![.!?]\s+\p{Lu}).){1,200}$)",
       0, ":", 200 + 2},
      {"consent.banner", "a cookie/consent banner paragraph (scored, see consent_score)", RuleAction::consent, "", 0},
  };
  return rules;
}

namespace {

// Signals of a cookie/consent banner. "Interface" signals speak to the reader
// about the site itself (buttons, "we use cookies", "our privacy policy"); a
// paragraph is a banner when it has an interface signal and another signal,
// or is a short line (<= 60 bytes) starting with a button label. The button
// signal must stay the first interface signal (kButtonSignal). A news article about cookie regulation has the topic
// words but not the interface phrasing.
struct ConsentSignal {
  const char* pattern;
  bool interface;
  // For an interface signal: ASCII strings one of which every match holds
  // (ASCII-lowercased), chosen without the letters and pairs other
  // characters fold to ("k", "s", "ff", "fi", "fl", "st"), so that a line
  // without any cannot match and is not tried. Empty: always tried.
  std::array<std::string_view, 6> gate = {};  // unused entries empty
};

constexpr ConsentSignal kConsentSignals[] = {
    {R"(\bcookies?\b)", false},
    {R"(\b(traceurs|trackers)\b)", false},
    {R"(\b(consentement|consentez|consent|consenting)\b)", false},
    {R"(\b(données personnelles|personal data|données de navigation|browsing data)\b)", false},
    {R"(\b(politique de (confidentialité|cookies)|privacy (policy|notice|statement))\b)", false},
    {R"((tout accepter|tout refuser|accept all|reject all|accepter et fermer|continuer sans accepter|accept (and|&) close|j'accepte)|\bi accept\b)",
     true, {"accept", "refu", "reject"}},
    {R"(((paramétrer|gérer|personnaliser) (vos|mes|les) (choix|préférences|cookies|paramètres)|manage (your )?(cookies|preferences|settings|choices|options)|cookie (settings|preferences))\b)",
     true, {"r vo", "r me", "r le", "manage", "etting", "preference"}},
    {R"(\b(en cliquant sur|by clicking|en poursuivant (votre|la) navigation|by continuing to (use|browse)))", true,
     {"cliquant", "clic", "navigation", "continuing"}},
    {R"(\b(nous utilisons|we use|ce site utilise|this (web)?site uses|notre site utilise|our (web)?site uses|utilise des cookies pour (exploiter|améliorer|vous|mesurer|personnaliser)))",
     true, {"utili", "we u", "ite u"}},
    {R"(\b(notre|nos|our) (politique de (confidentialité|cookies)|privacy (policy|notice)|cookie policy|pratiques en matière de cookies)\b)",
     true, {"politique de", "privacy", "policy", "pratique"}},
};

// Index of the button signal once interface signals are sorted first (see the constructor).
constexpr std::size_t kButtonSignal = 0;
constexpr std::size_t kButtonLineBytes = 60;
constexpr std::size_t kFillerBytes = 40;

icu::UnicodeString to_unicode(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::unique_ptr<icu::RegexPattern> compile(std::string_view pattern) {
  UParseError perr;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexPattern> p(
      icu::RegexPattern::compile(to_unicode(pattern), UREGEX_CASE_INSENSITIVE, perr, status));
  if (U_FAILURE(status))
    throw Error("boilerplate rule pattern", std::string(u_errorName(status)) + " in " + std::string(pattern));
  return p;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// False when `line` cannot match `rule` for want of its required bytes near
// enough to the end (BoilerplateRule::required). 2 code points of the count
// are a line terminator the pattern's '$' may stand before.
bool may_match(std::string_view line, const BoilerplateRule& rule) {
  const std::size_t at = line.rfind(rule.required);
  if (at == std::string_view::npos) return false;
  if (rule.required_near_end == 0) return true;
  std::size_t i = at + rule.required.size();
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\n' || line[i] == '\v' ||
                             line[i] == '\f' || line[i] == '\r'))
    ++i;
  if (i < line.size() && static_cast<unsigned char>(line[i]) >= 0x80) return true;  // maybe a Unicode space: let the pattern judge
  std::size_t code_points = 0;
  for (; i < line.size(); ++i) code_points += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  return code_points <= rule.required_near_end;
}

// A short line without final punctuation ("OK", a site slogan).
bool is_filler(std::string_view line) {
  if (line.empty() || line.size() >= kFillerBytes) return false;
  char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != ':' && last != '"';
}

}  // namespace

// Words one of which every consent banner contains (ASCII-lowercased line):
// a cheap gate before the regular expressions.
constexpr std::string_view kConsentGate[] = {
    "cookie", "traceur", "tracker", "accept", "refuse", "reject", "consent", "privacy", "confidentialit",
    "cliquant", "clicking", "param", "manage", "rer vos", "rer mes", "personnalis", "poursuivant",
    "continuing", "utilis", "we use", "uses"};

std::string ascii_lower(std::string_view line) {
  std::string lower(line);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// True when `gate` is empty or `lower` holds one of its words.
bool passes_signal_gate(std::string_view lower, const std::array<std::string_view, 6>& gate) {
  if (gate[0].empty()) return true;
  for (auto word : gate)
    if (!word.empty() && lower.find(word) != std::string_view::npos) return true;
  return false;
}

bool passes_consent_gate(std::string_view lower) {
  for (auto word : kConsentGate)
    if (lower.find(word) != std::string_view::npos) return true;
  return false;
}

struct BoilerplateFilter::Impl {
  struct Compiled {
    const BoilerplateRule* rule;
    std::unique_ptr<icu::RegexPattern> pattern;  // null for consent
  };
  std::vector<Compiled> rules;
  std::vector<std::pair<std::unique_ptr<icu::RegexPattern>, bool>> consent;  // interface signals first
  std::vector<const ConsentSignal*> consent_signals;                         // same order

  // Matchers for one strip() call: created once, reset for every line. They
  // hold per-call state, so the filter itself stays immutable and shareable.
  struct Matchers {
    std::vector<std::unique_ptr<icu::RegexMatcher>> rules;    // null for consent
    std::vector<std::unique_ptr<icu::RegexMatcher>> consent;
  };

  Matchers make_matchers() const {
    Matchers m;
    UErrorCode status = U_ZERO_ERROR;
    for (const auto& c : rules)
      m.rules.emplace_back(c.pattern ? c.pattern->matcher(status) : nullptr);
    for (const auto& c : consent) m.consent.emplace_back(c.first->matcher(status));
    if (U_FAILURE(status)) throw Error("boilerplate rule matcher", u_errorName(status));
    return m;
  }

  static bool found(icu::RegexMatcher& m, const icu::UnicodeString& u) {
    m.reset(u);
    UErrorCode status = U_ZERO_ERROR;
    return m.find(0, status) && U_SUCCESS(status);
  }

  bool consent_banner(Matchers& m, std::string_view line, const icu::UnicodeString& u) const {
    const std::string lower = ascii_lower(line);
    if (!passes_consent_gate(lower)) return false;
    int score = 0;
    bool interface = false;
    bool button_line = false;  // a short line that starts with a button label ("Tout accepter")
    for (std::size_t i = 0; i < consent.size(); ++i) {
      bool is_interface = consent[i].second;
      if (!is_interface && !interface) continue;  // topic words count only once an interface signal is seen
      if (!passes_signal_gate(lower, consent_signals[i]->gate)) continue;
      if (found(*m.consent[i], u)) {
        ++score;
        interface = interface || is_interface;
        UErrorCode status = U_ZERO_ERROR;
        if (i == kButtonSignal && line.size() <= kButtonLineBytes && m.consent[i]->start(status) == 0)
          button_line = true;
      }
    }
    return interface && (score >= 2 || button_line);
  }

  // Classifies one trimmed line. Returns the matching rule (or null) and, for
  // cut_credit, the byte offset where the cut starts in `cut_at`.
  const BoilerplateRule* classify(Matchers& m, std::string_view line, std::size_t* cut_at) const {
    icu::UnicodeString u = to_unicode(line);
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const BoilerplateRule& r = *rules[i].rule;
      if (r.max_bytes != 0 && line.size() > r.max_bytes) continue;
      if (!r.required.empty() && !may_match(line, r)) continue;
      if (r.action == RuleAction::consent) {
        if (consent_banner(m, line, u)) return &r;
        continue;
      }
      if (!found(*m.rules[i], u)) continue;
      if (r.action == RuleAction::cut_credit) {
        UErrorCode status = U_ZERO_ERROR;
        int32_t start16 = m.rules[i]->start(status);
        std::string before;
        u.tempSubString(0, start16).toUTF8String(before);
        if (cut_at) *cut_at = before.size();
      }
      return &r;
    }
    return nullptr;
  }
};

BoilerplateFilter::BoilerplateFilter() : impl_(std::make_unique<Impl>()) {
  for (const auto& r : boilerplate_rules())
    impl_->rules.push_back({&r, r.action == RuleAction::consent ? nullptr : compile(r.pattern)});
  for (bool interface : {true, false})
    for (const auto& s : kConsentSignals)
      if (s.interface == interface) {
        impl_->consent.emplace_back(compile(s.pattern), s.interface);
        impl_->consent_signals.push_back(&s);
      }
}

BoilerplateFilter::~BoilerplateFilter() = default;
BoilerplateFilter::BoilerplateFilter(BoilerplateFilter&&) noexcept = default;
BoilerplateFilter& BoilerplateFilter::operator=(BoilerplateFilter&&) noexcept = default;

std::string BoilerplateFilter::classify_line(std::string_view line) const {
  Impl::Matchers m = impl_->make_matchers();
  const BoilerplateRule* r = impl_->classify(m, trim(line), nullptr);
  return r ? std::string(r->id) : std::string();
}

std::string BoilerplateFilter::strip(std::string_view text, std::vector<BoilerplateRemoval>* removed) const {
  struct Line {
    std::string text;       // after any cut
    bool blank_before = false;  // a blank line separates it from the previous non-blank line
    const BoilerplateRule* dropped_by = nullptr;
    std::string_view drop_id;   // id when dropped by a rule outside the table
    bool consent = false;
    std::string cut;        // text cut off by a cut_credit rule
    std::string_view cut_id;
  };
  std::vector<Line> lines;
  Impl::Matchers matchers = impl_->make_matchers();
  bool blank = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = trim(text.substr(start, end - start));
    if (raw.empty()) {
      blank = true;
    } else {
      Line l;
      l.blank_before = blank;
      blank = false;
      std::size_t cut_at = 0;
      const BoilerplateRule* r = impl_->classify(matchers, raw, &cut_at);
      if (r && r->action == RuleAction::cut_credit) {
        l.text = std::string(trim(raw.substr(0, cut_at)));
        l.cut = std::string(trim(raw.substr(cut_at)));
        l.cut_id = r->id;
        if (l.text.empty()) {
          l.text = std::string(raw);
          l.dropped_by = r;
        }
      } else {
        l.text = std::string(raw);
        l.dropped_by = r;
        l.consent = r && r->action == RuleAction::consent;
      }
      lines.push_back(std::move(l));
    }
    if (end == text.size()) break;
    start = end + 1;
  }

  // The trailing block: consent paragraphs, other boilerplate and filler at the end.
  std::size_t block = lines.size();
  bool block_has_consent = false;
  while (block > 0) {
    const Line& l = lines[block - 1];
    if (!(l.dropped_by || is_filler(l.text))) break;
    block_has_consent = block_has_consent || l.consent;
    --block;
  }
  if (block_has_consent) {
    for (std::size_t i = block; i < lines.size(); ++i)
      if (!lines[i].dropped_by) lines[i].drop_id = "consent.trailing_block";
  }

  std::string out;
  const std::string* previous = nullptr;
  bool pending_blank = false;
  for (auto& l : lines) {
    pending_blank = pending_blank || l.blank_before;
    std::string_view id = l.dropped_by ? l.dropped_by->id : l.drop_id;
    if (!l.dropped_by && !l.cut.empty() && removed) removed->push_back({std::string(l.cut_id), l.cut});
    if (id.empty() && previous && *previous == l.text) id = "repeat.previous_line";
    if (!id.empty()) {
      if (removed) removed->push_back({std::string(id), l.text});
      continue;
    }
    if (!out.empty()) out += pending_blank ? "\n\n" : "\n";
    pending_blank = false;
    out += l.text;
    previous = &l.text;
  }
  return out;
}

}  // namespace kg::extract
