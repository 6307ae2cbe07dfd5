#pragma once

#include "record_dialog.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kith::ui {

// "Record a contact or visit": how, when, what for, who, which children and young people
// were seen (and seen alone), and the note. Saved through JourneyStore::addContact, which
// records the first contact itself.
class RecordContactDialog : public RecordDialog {
    Q_OBJECT

public:
    struct Child {
        QString personId;
        QString name;
    };

    RecordContactDialog(journey::JourneyStore& journeys, const Database& database,
                        const QString& episodeId, const QList<Child>& children,
                        const QString& defaultProfessionalId, QWidget* parent = nullptr);

    QComboBox* methodChooser() const { return m_method; }
    QDateTimeEdit* momentEdit() const { return m_when; }
    QLineEdit* purposeEdit() const { return m_purpose; }
    QComboBox* professionalChooser() const { return m_who; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QCheckBox* seenBox(const QString& personId) const;
    QCheckBox* seenAloneBox(const QString& personId) const;
    // The contact saved, once saved.
    QString contactId() const { return m_contactId; }

protected:
    std::optional<QString> save() override;

private:
    struct Row {
        QString personId;
        QCheckBox* seen;
        QCheckBox* alone;
    };
    void methodChanged();

    QString m_episodeId;
    QString m_contactId;
    QComboBox* m_method = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLineEdit* m_purpose = nullptr;
    QComboBox* m_who = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_whenError = nullptr;
    QLabel* m_purposeError = nullptr;
    QLabel* m_whoError = nullptr;
    QLabel* m_notSeenNote = nullptr;
    QList<Row> m_rows;
};

} // namespace kith::ui
