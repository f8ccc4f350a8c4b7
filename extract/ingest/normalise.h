#pragma once
// Text normalisation applied to every document body and title. Pure functions:
// no state, safe to call from any thread. Input and output are UTF-8; input is
// expected to be valid UTF-8 (see repair_utf8 in utf8.h).

#include <string>
#include <string_view>

namespace kg::extract {

// Unicode and whitespace clean-up, in this order:
//  - ICU NFC;
//  - typographic apostrophes (’ ‘ ‛ ʼ ′ ´ ＇) -> ';
//  - quotes (“ ” „ ‟ « » ‹ › ″ ＂) -> "; the spaces inside French guillemets
//    ("« x »", usually no-break or thin spaces) are dropped: "\"x\"";
//  - dashes and hyphen variants (‐ ‑ ‒ – — ― −) -> '-' (" — " stays " - ");
//  - every space separator (NBSP, narrow NBSP, thin, em... spaces) -> ' ';
//  - format characters (zero-width spaces and joiners, soft hyphen, BOM, bidi
//    marks) and control characters other than '\n' and '\t' are removed;
//  - … -> "...";
//  - CRLF and lone CR -> '\n'; U+2028 -> '\n'; U+2029 -> "\n\n";
//  - runs of spaces collapse to one; spaces at the start and end of every line
//    are trimmed; three or more newlines become two; the text is trimmed.
// Guarantees: the result is valid UTF-8 in NFC; idempotent.
std::string normalise_text(std::string_view text);

// Splits paragraphs that were glued together without a space, as in
// "violence domestique.Consternant" -> "violence domestique.\n\nConsternant".
// The rule: a lowercase letter, digit, '"', ')' or ']' + a run of [.!?] + an
// uppercase letter followed by a lowercase letter, also with a '"' between the
// punctuation and the capital: the break goes before that quote when the
// quotes of the line before it are balanced (it opens the next paragraph),
// after it otherwise (it closes the current one). Not split: URLs, e-mail
// addresses, tokens starting with "www." (the whole space-delimited token is
// checked), a known top-level domain after the dot ("Booking.Com"),
// initials and abbreviations after a capital ("J.K. Rowling", "U.S.A.",
// "M.Dupont": the character before the dot is uppercase), titles ending in a
// lowercase letter ("Mr.Benn", "Mme.Dupont", "Dr.Smith"), decimal numbers
// (a digit follows). A paragraph break is "\n\n" (the analyser treats a
// newline as a sentence boundary anyway). Pure function.
std::string split_glued_paragraphs(std::string_view text);

// normalise_text, then split_glued_paragraphs: what ingest applies to a body.
std::string normalise(std::string_view text);

// normalise_text for a one-line value (a title): newlines become spaces.
std::string normalise_line(std::string_view text);

}  // namespace kg::extract
