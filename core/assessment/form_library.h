#pragma once

#include "assessment/form_definition.h"

#include <QCoreApplication>
#include <QMap>
#include <utility>

namespace kith::assessment {

// The form definition an assessment opens with, and, when Kith no longer has the exact
// version it was made with, a note saying which one is used instead.
struct OpenedDefinition {
    const FormDefinition* definition = nullptr;
    QString note; // empty when the exact version was found
};

// Every form definition Kith knows: those shipped under resources/forms (":/forms/*.json"),
// old versions included, so that an assessment made with an old version still opens as it
// was made.
class FormLibrary {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::FormLibrary)

public:
    static QString defaultFormId() { return QStringLiteral("torbay-eha"); }

    // The shipped definitions, read once. A broken shipped file is a bug: its error is kept
    // in loadErrors() and the other files still load.
    static const FormLibrary& builtIn();

    // Adds (or replaces) one definition: a council's own form, or a test's.
    void add(FormDefinition definition);
    Status addJson(const QByteArray& json, const QString& sourceName);

    const FormDefinition* find(const QString& id, int version) const;
    const FormDefinition* latest(const QString& id) const;
    // The exact version; otherwise the nearest older one, otherwise the oldest newer one,
    // with a note saying so. Fails only when Kith has no version of that form at all.
    Result<OpenedDefinition> open(const QString& id, int version) const;

    const QStringList& loadErrors() const { return m_errors; }

private:
    QMap<std::pair<QString, int>, FormDefinition> m_forms;
    QStringList m_errors;
};

} // namespace kith::assessment
