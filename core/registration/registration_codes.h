#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The code lists of the About my Family form. Codes are stored and exchanged (JSON,
// sync); labels are what people read, in en_GB, through tr().
namespace kith::registration {

struct CodeLabel {
    QString code;
    QString label;
};

// How a member of the family is related to a child. The genogram reads these codes from
// relationship_to_child, so they never change once stored.
QList<CodeLabel> relationshipCodes();
// ONS 2021 ethnic groups for England and Wales: 5 high-level groups, 19 categories.
struct EthnicGroup {
    QString label;
    QList<CodeLabel> categories;
};
QList<EthnicGroup> ethnicGroups();
// The 19 categories, then "prefers not to say".
QList<CodeLabel> ethnicityCodes();
// Special educational needs support.
QList<CodeLabel> sendCodes();
// How the family heard of the hub.
QList<CodeLabel> howHeardCodes();
// Kinds of phone number and email address.
QList<CodeLabel> phoneLabels();

bool isKnownCode(const QList<CodeLabel>& codes, const QString& code);
// The label of `code`, or the code itself when the list does not know it.
QString labelOf(const QList<CodeLabel>& codes, const QString& code);
// "mother, father, ..." for messages that say which values are allowed.
QString codeListText(const QList<CodeLabel>& codes);

} // namespace kith::registration
