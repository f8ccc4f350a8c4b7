#include "extract/lang/fr/rules.h"

#include "extract/lang/prune_util.h"
#include "extract/lang/rule_util.h"

namespace kg::extract::fr {

void prune(std::string_view, std::vector<MorphToken>&) {}

void refine(std::vector<Word*>&) {}

}  // namespace kg::extract::fr
