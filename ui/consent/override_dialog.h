#pragma once

#include "consent/consent_model.h"
#include "record_dialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace kith::consent {
class ConsentStore;
}

namespace kith::ui {

// A safeguarding decision to share despite one of the family's restrictions: the concern,
// who decided and until when. It is kept with the restriction, audited, and every decision
// it allows says that it was made under this override.
class OverrideDialog : public RecordDialog {
    Q_OBJECT

public:
    OverrideDialog(consent::ConsentStore& consents, journey::JourneyStore& journeys,
                   const Database& database, consent::Restriction restriction,
                   QWidget* parent = nullptr);

protected:
    std::optional<QString> save() override;

private:
    consent::ConsentStore& m_consents;
    consent::Restriction m_restriction;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_reasonError = nullptr;
    QComboBox* m_decidedBy = nullptr;
    QLabel* m_decidedByError = nullptr;
    QCheckBox* m_ends = nullptr;
    QDateEdit* m_endsOn = nullptr;
};

} // namespace kith::ui
