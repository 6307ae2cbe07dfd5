#pragma once

#include "registration/registration_check.h"
#include "registration/registration_document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

// The About my Family document as JSON (docs/about-my-family.md): what `kithctl register`
// reads and what a draft is saved as. Unknown keys and values of the wrong kind are
// reported as problems, never dropped in silence.
namespace kith::registration {

struct ReadDocument {
    RegistrationDocument document;
    QList<FieldProblem> problems;
};

class RegistrationJson {
    Q_DECLARE_TR_FUNCTIONS(kith::registration::RegistrationJson)

public:
    static ReadDocument read(const QByteArray& json);
    static ReadDocument read(const QJsonObject& object);
    // Everything the document holds; read(write(d)) gives d back.
    static QJsonObject write(const RegistrationDocument& document);
};

} // namespace kith::registration
