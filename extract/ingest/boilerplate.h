#pragma once
// Boilerplate removal: cookie/consent banners, "follow us" lines, "read also"
// links, share/subscribe/newsletter prompts, photo credits, repeated lines.
// French and English. Driven by a table of rules, each with an id, so that a
// caller (or a test) can tell which rule dropped which line.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// What a rule does with a line it matches.
enum class RuleAction {
  drop_line,   // the whole line goes
  cut_credit,  // the credit at the end of the line goes, the text before stays
  consent,     // a cookie/consent paragraph: dropped; a trailing block
               // containing one is dropped whole (see BoilerplateFilter::strip)
};

// One rule of the table. `pattern` is an ICU regular expression, matched
// case-insensitively against one trimmed line; for drop_line it must match at
// the start of the line (the patterns are anchored with ^), for cut_credit the
// match is removed. `max_bytes` bounds the length of a line the rule may touch
// (0 = no bound): boilerplate is short, and a long line that happens to start
// like boilerplate is more likely glued article text. consent rules are not
// regexes but the scoring in boilerplate.cpp; their pattern is "".
struct BoilerplateRule {
  std::string_view id;
  std::string_view description;
  RuleAction action;
  std::string_view pattern;
  std::size_t max_bytes;
  // Bytes every match contains and that have no case ("©", ":"): a line
  // without them is not tried against the pattern. Empty: always tried.
  std::string_view required = {};
  // When not 0: a match also ends at most this many code points after the
  // last `required` (whitespace right after it aside), so a line where more
  // follow is not tried either.
  std::size_t required_near_end = 0;
};

// The rule table, in the order rules are tried. Immutable.
const std::vector<BoilerplateRule>& boilerplate_rules();

// One removal: the rule id and the text removed (a whole line, or the cut part).
struct BoilerplateRemoval {
  std::string rule;
  std::string text;
};

// Applies the rule table to normalised text (normalise.h).
// Construction compiles the patterns (throws kg::Error if one does not compile:
// a programming error). Immutable after construction; strip() and
// classify_line() are const and may be called from several threads.
class BoilerplateFilter {
 public:
  BoilerplateFilter();
  ~BoilerplateFilter();
  BoilerplateFilter(BoilerplateFilter&&) noexcept;
  BoilerplateFilter& operator=(BoilerplateFilter&&) noexcept;

  // Returns `text` without boilerplate. Works line by line:
  //  - a line matched by a drop_line rule (within its max_bytes) is dropped;
  //  - a cut_credit rule cuts "© Name Source: Reuters" or "(Photo by X/Getty
  //    Images)" off the end of a line;
  //  - a cookie/consent paragraph is dropped; at the end of the text, the
  //    trailing block made of consent paragraphs, other boilerplate and short
  //    filler lines (< 40 bytes, no final punctuation: "OK") is dropped whole
  //    when it contains a consent paragraph (rule "consent.trailing_block");
  //  - a line that exactly repeats the previous kept line is dropped
  //    (rule "repeat.previous_line").
  // Paragraph breaks (blank lines) between kept lines are kept; the result is
  // trimmed. `removed`, when not null, receives what was removed, in order.
  std::string strip(std::string_view text, std::vector<BoilerplateRemoval>* removed = nullptr) const;

  // The id of the first rule that classifies this single line as boilerplate
  // (drop_line, cut_credit or consent), or "" when none does. For tests and diagnostics.
  std::string classify_line(std::string_view line) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract
