#pragma once

#include "genogram/genogram.h"

#include <optional>

// Stable text codes for the genogram's kinds: stored in the database, written in
// Kith's GEDCOM extension tags and printed by kithctl. Never translated.
namespace kith::genogram {

QString sexCode(Sex sex);
std::optional<Sex> sexFromCode(const QString& code);
QString pregnancyCode(Pregnancy pregnancy);
std::optional<Pregnancy> pregnancyFromCode(const QString& code);
QString unionKindCode(UnionKind kind);
std::optional<UnionKind> unionKindFromCode(const QString& code);
QString childKindCode(ChildKind kind);
std::optional<ChildKind> childKindFromCode(const QString& code);
QString bondCode(Bond bond);
std::optional<Bond> bondFromCode(const QString& code);

} // namespace kith::genogram
