// The knowledge base: bundled TSV files, user files, lookup and scanning.
#include "ontology/kb.h"

#include "base/error.h"
#include "ontology/name_key.h"
#include "tests/test_paths.h"

#include <gtest/gtest.h>

#include <set>

namespace {

using kg::ontology::Candidate;
using kg::ontology::EntityType;
using kg::ontology::KnowledgeBase;
using kg::ontology::MatchKind;
using kg::ontology::Token;

const KnowledgeBase& bundled() {
  static std::shared_ptr<const KnowledgeBase> kb = KnowledgeBase::load();
  return *kb;
}

std::string first_id(const std::vector<Candidate>& c) { return c.empty() ? "" : c.front().entry->id; }

TEST(KnowledgeBase, BundledFilesLoadWithEveryCountry) {
  const KnowledgeBase& kb = bundled();
  std::size_t countries = 0;
  for (const auto& e : kb.entries()) countries += e.type == EntityType::Country;
  EXPECT_GE(countries, 249u);  // every ISO 3166-1 country
  const auto* russia = kb.find("Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->qid, "Q159");
  EXPECT_EQ(russia->labels.at("fr"), "Russie");
  EXPECT_EQ(russia->capital, "Moscow");
  EXPECT_EQ(kb.find_qid("Q159"), russia);
  EXPECT_EQ(kb.fingerprint().size() > 0, true);
}

struct LookupCase {
  const char* name;
  const char* lang;
  const char* id;      // expected best candidate, "" for none
  MatchKind how;
};

class KbLookupTest : public ::testing::TestWithParam<LookupCase> {};

TEST_P(KbLookupTest, FindsTheEntity) {
  const auto& p = GetParam();
  auto c = bundled().lookup(p.name, p.lang);
  EXPECT_EQ(first_id(c), p.id) << p.name;
  if (!c.empty() && *p.id) {
    EXPECT_EQ(c.front().how, p.how) << p.name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, KbLookupTest,
    ::testing::Values(
        LookupCase{"Fédération de Russie", "fr", "Russia", MatchKind::Alias},
        LookupCase{"la Russie", "fr", "Russia", MatchKind::Label},
        LookupCase{"Russia", "en", "Russia", MatchKind::Label},
        LookupCase{"russe", "fr", "Russia", MatchKind::Demonym},
        LookupCase{"Russes", "fr", "Russia", MatchKind::Demonym},
        LookupCase{"Américains", "fr", "United_States", MatchKind::Demonym},
        LookupCase{"ONU", "fr", "United_Nations", MatchKind::Acronym},
        LookupCase{"O.N.U.", "fr", "United_Nations", MatchKind::Acronym},
        LookupCase{"Onu", "fr", "", MatchKind::Acronym},  // an acronym keeps its case
        LookupCase{"l'Organisation des Nations unies", "fr", "United_Nations", MatchKind::Label},
        LookupCase{"Etat islamique", "fr", "Islamic_State", MatchKind::Label},  // accents folded
        LookupCase{"Daech", "fr", "Islamic_State", MatchKind::Alias},
        LookupCase{"EI", "fr", "Islamic_State", MatchKind::Acronym},
        LookupCase{"ISIS", "en", "Islamic_State", MatchKind::Acronym},
        LookupCase{"Poutine", "fr", "Vladimir_Putin", MatchKind::Alias},
        LookupCase{"Putin", "en", "Vladimir_Putin", MatchKind::Alias},
        LookupCase{"Guérassimov", "fr", "Valery_Gerasimov", MatchKind::Alias},
        LookupCase{"Bachar al-Assad", "fr", "Bashar_al_Assad", MatchKind::Label},
        LookupCase{"Erdogan", "en", "Recep_Tayyip_Erdogan", MatchKind::Alias},
        LookupCase{"Moscou", "fr", "Moscow", MatchKind::Label},
        LookupCase{"Alep", "fr", "Aleppo", MatchKind::Label},
        LookupCase{"Pékin", "fr", "Beijing", MatchKind::Label},
        LookupCase{"Maison Blanche", "fr", "White_House", MatchKind::Label},
        LookupCase{"Pentagone", "fr", "The_Pentagon", MatchKind::Label},
        LookupCase{"nice", "fr", "", MatchKind::Label},   // a common word is not the city
        LookupCase{"Nice", "fr", "Nice", MatchKind::Label},
        LookupCase{"Mexico", "fr", "Mexico_City", MatchKind::Label},  // French: the city
        LookupCase{"Mexico", "en", "Mexico", MatchKind::Label},       // English: the country
        LookupCase{"Bar", "en", "", MatchKind::Label},               // stop-listed city name
        LookupCase{"Un", "fr", "", MatchKind::Acronym},              // "the UN" is matched in capitals only
        LookupCase{"UN", "en", "United_Nations", MatchKind::Acronym},
        LookupCase{"américaine", "fr", "United_States", MatchKind::Demonym},  // not a US territory
        LookupCase{"Le Monde", "fr", "Le_Monde", MatchKind::Label},
        LookupCase{"Monde", "fr", "", MatchKind::Label},  // the newspaper needs its article
        LookupCase{"Le Drian", "fr", "Jean_Yves_Le_Drian", MatchKind::Alias},
        LookupCase{"Drian", "fr", "", MatchKind::Alias},
        LookupCase{"American", "en", "United_States", MatchKind::Demonym}));           // the newspaper needs its article             // stop-listed city name

TEST(KnowledgeBase, AmbiguousDemonymGivesAllCandidates) {
  auto c = bundled().lookup("congolais", "fr");
  std::set<std::string> ids;
  for (const auto& x : c) ids.insert(x.entry->id);
  EXPECT_TRUE(ids.count("DR_Congo") || ids.count("Democratic_Republic_of_the_Congo")) << c.size();
  EXPECT_GE(ids.size(), 2u);
}

TEST(KnowledgeBase, MetonymyLinksCapitalsAndSeatsToTheirState) {
  const KnowledgeBase& kb = bundled();
  ASSERT_NE(kb.find("Moscow"), nullptr);
  EXPECT_EQ(kb.metonym_target(*kb.find("Moscow"))->id, "Russia");
  EXPECT_EQ(kb.metonym_target(*kb.find("Washington"))->id, "United_States");
  EXPECT_EQ(kb.metonym_target(*kb.find("Kremlin"))->id, "Russia");
  EXPECT_EQ(kb.metonym_target(*kb.find("Elysee_Palace"))->id, "France");
  EXPECT_EQ(kb.metonym_target(*kb.find("Russia")), nullptr);
}

// Tokens of a text split at spaces (punctuation kept on the words), with byte spans.
std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) out.push_back({text.substr(i, j - i), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
    i = j;
  }
  return out;
}

TEST(KnowledgeBase, ScanFindsLongestNames) {
  const std::string text =
      "La Fédération de Russie et l' Organisation des Nations unies condamnent Etat islamique à Moscou";
  auto tokens = tokens_of(text);
  auto matches = bundled().scan(text, tokens, "fr");
  std::vector<std::string> found;
  for (const auto& m : matches) found.push_back(text.substr(m.begin, m.end - m.begin) + "=" + m.candidates[0].entry->id);
  EXPECT_EQ(found, (std::vector<std::string>{"Fédération de Russie=Russia",
                                             "Organisation des Nations unies=United_Nations",
                                             "Etat islamique=Islamic_State", "Moscou=Moscow"}));
}

TEST(KnowledgeBase, ScanKeepsPunctuationAndCommonWordsOut) {
  const std::string text = "Selon Le Monde , la France , Nice et Un pays ont suivi la Coupe du Monde .";
  auto tokens = tokens_of(text);
  auto matches = bundled().scan(text, tokens, "fr");
  std::vector<std::string> found;
  for (const auto& m : matches) found.push_back(text.substr(m.begin, m.end - m.begin) + "=" + m.candidates[0].entry->id);
  EXPECT_EQ(found, (std::vector<std::string>{"Le Monde=Le_Monde", "France=France", "Nice=Nice"}));
}

TEST(KnowledgeBase, UserFileAddsEntities) {
  kg::ontology::KbOptions options;
  options.user_files.push_back(kg::test::data_path("kb/user_entities.tsv"));
  auto kb = KnowledgeBase::load(options);
  EXPECT_EQ(first_id(kb->lookup("Fonds Acme de secours", "fr")), "Acme_Relief");
  EXPECT_EQ(first_id(kb->lookup("ARF", "en")), "Acme_Relief");
  EXPECT_EQ(kb->find("Acme_Relief")->country, "France");
  EXPECT_NE(kb->fingerprint(), bundled().fingerprint());
  EXPECT_NE(kb->find("Russia"), nullptr);  // the bundled KB is still there
}

struct BadCase {
  const char* file;
  const char* message;  // part of the error
  bool needs_bundled = false;
};

class KbBadFileTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(KbBadFileTest, NamesFileLineAndReason) {
  kg::ontology::KbOptions options;
  options.user_files.push_back(kg::test::data_path(std::string("kb/") + GetParam().file));
  options.bundled = GetParam().needs_bundled;  // keeps the suite fast under sanitizers
  try {
    KnowledgeBase::load(options);
    FAIL() << "no error for " << GetParam().file;
  } catch (const kg::Error& e) {
    EXPECT_NE(std::string(e.what()).find(GetParam().message), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(GetParam().file), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, KbBadFileTest,
    ::testing::Values(BadCase{"bad_field_count.tsv", ":3: expected 4 tab-separated fields, found 3"},
                      BadCase{"bad_type.tsv", ":2: unknown type 'Planet'"},
                      BadCase{"duplicate_qid.tsv", ":2: QID Q159 of 'Russia_Again' is already the QID of 'Russia'", true},
                      BadCase{"unknown_link.tsv", ":2: entry 'Lost_City' links to unknown id 'Atlantis'"},
                      BadCase{"bad_header.tsv", ":1: unknown column 'label'"}));

TEST(KnowledgeBase, MissingFileIsAnError) {
  kg::ontology::KbOptions options;
  options.user_files.push_back("/nonexistent/kb.tsv");
  EXPECT_THROW(KnowledgeBase::load(options), kg::Error);
}

TEST(KnowledgeBase, FromStringsNeedsNoBundledFiles) {
  auto kb = KnowledgeBase::from_strings({{"mini.tsv", "id\ttype\ten\tfr\nX_Org\tOrganization\tX Org\tOrg X\n"}});
  EXPECT_EQ(kb->entries().size(), 1u);
  EXPECT_EQ(first_id(kb->lookup("org x", "fr")), "");  // written with a capital in the KB
  EXPECT_EQ(first_id(kb->lookup("Org X", "fr")), "X_Org");
}

}  // namespace
