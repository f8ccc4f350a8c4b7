// Boilerplate removal: which rule (if any) recognises a line, on examples
// written for these tests (other sites' styles), then whole-text behaviour and
// the reference article of examples/.
#include "extract/ingest/boilerplate.h"

#include <gtest/gtest.h>

#include <set>

#include "extract/ingest/normalise.h"
#include "tests/test_paths.h"

namespace kg::extract {
namespace {

struct LineCase {
  const char* line;
  const char* rule;  // "" = not boilerplate: the line must be kept
};

class ClassifyLine : public ::testing::TestWithParam<LineCase> {
 protected:
  static const BoilerplateFilter& filter() {
    static const BoilerplateFilter f;
    return f;
  }
};

TEST_P(ClassifyLine, Rule) {
  EXPECT_EQ(filter().classify_line(GetParam().line), GetParam().rule) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Boilerplate, ClassifyLine,
    ::testing::Values(
        // Follow us
        LineCase{"Suivez Le Figaro sur Twitter", "follow.social"},
        LineCase{"Suivez France 24 surFacebook", "follow.social"},
        LineCase{"Retrouvez-nous sur Instagram et TikTok", "follow.social"},
        LineCase{"Follow BBC Africa on Twitter @BBCAfrica", "follow.social"},
        LineCase{"Join our channel on Telegram", "follow.social"},
        // Read also / related
        LineCase{"Lire aussi : Le gouvernement annonce un plan pour les hôpitaux", "related.read_also"},
        LineCase{"À lire aussi > Les prix de l'énergie flambent", "related.read_also"},
        LineCase{"A lire également : notre dossier sur la réforme", "related.read_also"},
        LineCase{"Voir aussi: la carte des intempéries", "related.read_also"},
        LineCase{"Read more: Why inflation is back", "related.read_also"},
        LineCase{"Related: Markets rally after rate cut", "related.read_also"},
        LineCase{"Related Topics", "related.read_also"},
        LineCase{"More on this story", "related.read_also"},
        LineCase{"Sur le même sujet", "related.read_also"},
        // Share, subscribe, newsletter
        LineCase{"Partager sur Facebook", "share.subscribe"},
        LineCase{"Partager cet article", "share.subscribe"},
        LineCase{"Abonnez-vous pour lire la suite", "share.subscribe"},
        LineCase{"Inscrivez-vous à notre newsletter quotidienne", "share.subscribe"},
        LineCase{"Sign up for our morning newsletter", "share.subscribe"},
        LineCase{"Subscribe now", "share.subscribe"},
        LineCase{"Share this article", "share.subscribe"},
        LineCase{"Share", "share.subscribe"},
        LineCase{"Facebook Twitter LinkedIn E-mail", "share.buttons"},
        LineCase{"Partager | Tweeter | Imprimer", "share.buttons"},
        LineCase{"Post to Mastodon Post to Bluesky Email this page Post to Tumblr", "share.post_to"},
        LineCase{"Submit to Hacker News Post to Tumblr", "share.post_to"},
        LineCase{"Add to Pocket Send to Kindle Save to Instapaper", "share.post_to"},
        LineCase{"She wanted to post to her blog and share on the forum before noon.", ""},
        LineCase{"Post to a friend's page on the club's app is free, and sending to Kindle costs 1 euro.", ""},
        // Credits
        LineCase{"Photo : AFP", "credit.label"},
        LineCase{"Crédit photo : Jean Martin / Hans Lucas", "credit.label"},
        LineCase{"Photo: Getty Images", "credit.label"},
        LineCase{"Source: Reuters", "credit.label"},
        LineCase{"Image caption Firefighters at the scene on Sunday", "credit.caption"},
        LineCase{"Image copyright Getty Images", "credit.caption"},
        LineCase{"(Photo by Jane Doe/Getty Images)", "credit.parenthesised"},
        LineCase{"© Martin Dupuis / AFP", "credit.copyright"},
        LineCase{"AFP", "credit.agency"},
        LineCase{"Reuters / John Smith", "credit.agency"},
        LineCase{"Le port de Marseille au petit matin© Jean Dupont Source: AFP", "credit.cut_copyright"},
        LineCase{"Protesters gather in the square (Photo by John Smith/Getty Images)", "credit.cut_photo_by"},
        LineCase{"Le modèle sera vendu 95 000 €.Photo : Renault 5 Turbo 1982 - Crédit : Artcurial",
                 "credit.cut_trailing_label"},
        LineCase{"La vente a rapporté 3 millions d'euros.Info : AutoblogCrédit photos : Renault",
                 "credit.cut_trailing_label"},
        LineCase{"Crédit images et vidéo : Jean Martin", "credit.label"},
        // Cookie and consent banners
        LineCase{"Nous utilisons des cookies pour améliorer votre expérience. Tout accepter", "consent.banner"},
        LineCase{"We use cookies to personalise content and ads. By clicking Accept all, you agree.",
                 "consent.banner"},
        LineCase{"Accept all Reject all Manage preferences", "consent.banner"},
        LineCase{"Ce site utilise des traceurs. Vous pouvez paramétrer vos choix à tout moment.", "consent.banner"},
        LineCase{"Pour en savoir plus, consultez notre politique de confidentialité et nos pratiques en matière de cookies.",
                 "consent.banner"},
        // Real news that must be kept
        LineCase{"La Cnil a sanctionné Google pour avoir déposé des cookies sans le consentement des internautes.", ""},
        LineCase{"The regulator said websites must let users reject cookies as easily as they accept them.", ""},
        LineCase{"Share prices fell 3% on Monday after the profit warning.", ""},
        LineCase{"Partager les richesses reste la priorité du syndicat, a-t-il dit.", ""},
        LineCase{"Suivre l'évolution de l'épidémie est essentiel, selon le ministre.", ""},
        LineCase{"Le ministre a rappelé qu'il fallait lire aussi les conclusions du rapport.", ""},
        LineCase{"Photographs of the scene showed extensive damage.", ""},
        LineCase{"Image rights are a growing concern for athletes.", ""},
        LineCase{"Source de tensions, la réforme divise la majorité.", ""},
        LineCase{"Il a montré la photo. Source : le document ne dit pas qui l'a prise. Les enquêteurs cherchent.", ""},
        LineCase{"Sur sa photo : un homme en uniforme.", ""},
        LineCase{"AFP journalists saw dozens of tanks moving towards the border.", ""},
        LineCase{"Reuters reported that the talks had stalled.", ""},
        LineCase{"Related companies also saw their shares fall.", ""},
        LineCase{"Join the queue, he told reporters.", ""},
        // Regression: "qui accepte", "aussi accepté" contain "i accept" (OrangeSum false positives).
        LineCase{"La ministre a aussi accepté en juillet de transmettre 11 documents à la justice.", ""},
        LineCase{"C'est d'abord l'exécutif qui accepte ces relations, explique le mouvement.", ""},
        LineCase{"The union refused to accept all of the proposals.", ""},
        LineCase{"We use the money to pay teachers, she said.", ""},
        LineCase{"Tout accepter", "consent.banner"},
        LineCase{"Tout AccepterTout refuserParamétrer vos choix", "consent.banner"},
        LineCase{"L'armée a annoncé le retrait de ses troupes d'ici la fin de l'année.", ""}));

// A credit glued at the end of a long paragraph is cut, however long the
// paragraph; a label with a colon early in a paragraph does not cut it.
TEST(BoilerplateLines, CreditsAtTheEndOfLongParagraphs) {
  BoilerplateFilter f;
  std::string body;
  while (body.size() < 900) body += "Les n\xC3\xA9gociations ont repris mardi entre les syndicats et la direction. ";
  body.pop_back();
  EXPECT_EQ(f.classify_line(body + "Photo : Jean Martin - Cr\xC3\xA9" "dit : Hans Lucas"), "credit.cut_trailing_label");
  EXPECT_EQ(f.classify_line(body + " (Photo by John Smith/Getty Images)"), "credit.cut_photo_by");
  EXPECT_EQ(f.classify_line(body + "\xC2\xA9 Jean Dupont Source: AFP"), "credit.cut_copyright");
  EXPECT_EQ(f.classify_line(body + " (Photo by John Smith/Getty Images) et la suite du texte."), "");
  EXPECT_EQ(f.classify_line("Le port rouvre.Photo : " + body), "");
  EXPECT_EQ(f.classify_line("Le port rouvre \xC2\xA9 " + body), "");
}

TEST(BoilerplateStrip, CutsCreditAndDropsRepeatedTitle) {
  BoilerplateFilter f;
  std::vector<BoilerplateRemoval> removed;
  std::string out = f.strip(
      "Le port rouvre apr\xC3\xA8s la gr\xC3\xA8ve\n\nLe port rouvre apr\xC3\xA8s la gr\xC3\xA8ve\xC2\xA9 Jean Dupont "
      "Source: AFP\nDes dockers au travail\n\nLe trafic a repris lundi.",
      &removed);
  EXPECT_EQ(out, "Le port rouvre apr\xC3\xA8s la gr\xC3\xA8ve\n\nDes dockers au travail\n\nLe trafic a repris lundi.");
  ASSERT_EQ(removed.size(), 2u);
  EXPECT_EQ(removed[0].rule, "credit.cut_copyright");
  EXPECT_EQ(removed[0].text, "\xC2\xA9 Jean Dupont Source: AFP");
  EXPECT_EQ(removed[1].rule, "repeat.previous_line");
}

TEST(BoilerplateStrip, DropsTrailingConsentBlockWhole) {
  BoilerplateFilter f;
  std::vector<BoilerplateRemoval> removed;
  std::string out = f.strip(
      "Les \xC3\xA9lus ont vot\xC3\xA9 le budget mardi.\n\nInformer sans relache\n\nNous utilisons des cookies pour "
      "mesurer l'audience. En cliquant sur Accepter, vous consentez.\n\nOK\n\nParam\xC3\xA9trer vos choix",
      &removed);
  EXPECT_EQ(out, "Les \xC3\xA9lus ont vot\xC3\xA9 le budget mardi.");
  std::set<std::string> rules;
  for (const auto& r : removed) rules.insert(r.rule);
  EXPECT_TRUE(rules.count("consent.trailing_block"));  // the slogan and "OK"
  EXPECT_TRUE(rules.count("consent.banner"));
}

TEST(BoilerplateStrip, ShortLastLineWithoutConsentIsKept) {
  BoilerplateFilter f;
  std::string in = "Le match s'est termin\xC3\xA9 sur un nul.\n\nPartager sur Facebook\n\nAvec AFP";
  EXPECT_EQ(f.strip(in), "Le match s'est termin\xC3\xA9 sur un nul.\n\nAvec AFP");
}

TEST(BoilerplateStrip, LongLineStartingLikeBoilerplateIsKept) {
  BoilerplateFilter f;
  // Glued article text after "Photo :" makes the line long: not a credit line.
  std::string line =
      "Photo : la nouvelle voiture pr\xC3\xA9sent\xC3\xA9" "e hier au salon de Gen\xC3\xA8ve, qui a attir\xC3\xA9 "
      "des milliers de visiteurs venus de toute l'Europe pour d\xC3\xA9" "couvrir les nouveaut\xC3\xA9s des "
      "constructeurs, en d\xC3\xA9pit de la crise qui touche le secteur.";
  EXPECT_EQ(f.strip(line), line);
}

TEST(BoilerplateStrip, ReferenceArticle) {
  std::string raw = kg::test::read_file(std::string(KG_SOURCE_DIR) + "/examples/000_423d67bf1be03677.txt");
  if (raw.empty()) GTEST_SKIP() << "examples/000_423d67bf1be03677.txt not found";
  BoilerplateFilter f;
  std::string out = f.strip(normalise(raw));
  for (const char* gone : {"cookie", "Telegram", "Sanadiki", "Tout accepter", "Tout Accepter", "Lire aussi",
                           "Reuters", "Politique de Confidentialit"})
    EXPECT_EQ(out.find(gone), std::string::npos) << gone;
  EXPECT_NE(out.find("L'arm\xC3\xA9" "e russe a annonc\xC3\xA9 le 23 novembre"), std::string::npos);
  EXPECT_NE(out.find("Valéri Guérassimov, chef d'état-major"), std::string::npos);
  EXPECT_NE(out.find("comme justifiant le maintien de l'armée américaine sur place."), std::string::npos);
  EXPECT_EQ(out.rfind("La Russie r\xC3\xA9" "duira sa pr\xC3\xA9sence militaire en Syrie d\xC3\xA8s la fin de l'ann\xC3\xA9" "e\n\n", 0), 0u);
  // The title appears once: the copy before the credit was dropped as a repeat.
  EXPECT_EQ(out.find("La Russie r\xC3\xA9" "duira", 10), std::string::npos);
}

TEST(BoilerplateRules, IdsAreUniqueAndDescribed) {
  std::set<std::string_view> ids;
  for (const auto& r : boilerplate_rules()) {
    EXPECT_TRUE(ids.insert(r.id).second) << r.id;
    EXPECT_FALSE(r.description.empty()) << r.id;
  }
}

}  // namespace
}  // namespace kg::extract
