#pragma once

#include "consent/consent_model.h"
#include "record_dialog.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace kith::consent {
class ConsentStore;
class FamilySharing;
} // namespace kith::consent

namespace kith::ui {

class SignaturePad;

// Records consent given, confirmed ("still given") or withdrawn, for the whole family or for
// a young person consenting for themselves: who gave it, who obtained it, when, written
// (signed on the screen) or verbal, and, when given, which of the hub's agencies the family
// agrees to share with. The store checks everything; its refusal shows at the top and
// nothing typed is lost.
class ConsentDialog : public RecordDialog {
    Q_OBJECT

public:
    ConsentDialog(consent::ConsentStore& consents, journey::JourneyStore& journeys,
                  const Database& database, const consent::FamilySharing& family,
                  consent::ConsentEvent event, QWidget* parent = nullptr);

    const QString& savedId() const { return m_savedId; }
    SignaturePad* signaturePad() const { return m_signature; }

protected:
    std::optional<QString> save() override;

private:
    void updateForSubject();
    void updateForMethod();

    consent::ConsentStore& m_consents;
    const consent::FamilySharing& m_family;
    consent::ConsentEvent m_event;
    QComboBox* m_subject = nullptr;
    QComboBox* m_givenBy = nullptr;
    QLabel* m_givenByError = nullptr;
    QComboBox* m_obtainedBy = nullptr;
    QLabel* m_obtainedByError = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_method = nullptr;
    QCheckBox* m_toRecord = nullptr;
    QCheckBox* m_toStore = nullptr;
    QWidget* m_agencyBox = nullptr;
    QMap<QString, QCheckBox*> m_shareWith; // hub agency key -> its box
    QPlainTextEdit* m_competence = nullptr;
    QWidget* m_competenceRow = nullptr;
    QLineEdit* m_note = nullptr;
    QWidget* m_signatureRow = nullptr;
    SignaturePad* m_signature = nullptr;
    QLabel* m_signatureError = nullptr;
    QString m_savedId;
};

} // namespace kith::ui
