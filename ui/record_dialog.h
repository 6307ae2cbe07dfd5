#pragma once

#include <QDateTime>
#include <QDialog>
#include <optional>

class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QComboBox;
class QVBoxLayout;

namespace kith {
class Database;
}

namespace kith::journey {
class JourneyStore;
}

namespace kith::ui {

// What every dialog that records part of a family's journey shares: a form, a line in
// red under each field that is wrong, a message at the top when the store refuses,
// Enter (or Ctrl+Enter in a text box) to save, and Escape that asks before throwing
// away what was typed. Subclasses build the form and write through JourneyStore.
class RecordDialog : public QDialog {
    Q_OBJECT

public:
    RecordDialog(journey::JourneyStore& journeys, const Database& database,
                 QWidget* parent = nullptr);

    // True once anything in the form was changed by the person at the desk.
    bool hasTyped() const { return m_typed; }
    // The message the store gave when it refused to save, if it did.
    QString refusal() const;

    void accept() override;
    void reject() override;

protected:
    // Ctrl+Enter in a text box saves (Enter alone starts a new line there).
    bool eventFilter(QObject* watched, QEvent* event) override;

    // Checks the form (showing what is wrong) and saves through the store. Returns an
    // error from the store to show at the top, or an empty string when saved. Returns
    // std::nullopt when the form itself is not ready (its errors are already showing).
    virtual std::optional<QString> save() = 0;

    QFormLayout* form() const { return m_form; }
    QVBoxLayout* body() const { return m_body; }
    journey::JourneyStore& journeys() const { return m_journeys; }
    const Database& database() const { return m_database; }
    QDateTime nowUtc() const;

    // Adds a labelled field with a hidden red error line under it; returns the line.
    QLabel* addField(const QString& label, QWidget* field, const QString& objectName);
    // Shows `message` under the field (or hides the line when `message` is empty).
    static void showError(QLabel* line, const QString& message);
    // Counts changes to `widget` (and the editable widgets inside it) as typing.
    void watch(QWidget* widget);
    // A date and time chooser, set to now and refusing the future.
    QDateTimeEdit* makeMomentEdit(const QString& objectName);
    // Checks a moment: set and not in the future. Says what is wrong on `line`.
    bool checkMoment(QDateTimeEdit* edit, QLabel* line, const QString& what);
    // The professionals in this store, with "Choose…" first; `selected` chosen if there.
    QComboBox* makeProfessionalChooser(const QString& objectName, const QString& selected);
    static bool checkChosen(QComboBox* chooser, QLabel* line, const QString& message);
    // "Me" as chosen on the start screen, if anyone.
    QString currentProfessional() const;
    // Adds Save and Cancel under everything else; call last, so they come last in the
    // tab order.
    void finish(const QString& saveText);

private:
    void markTyped() { m_typed = true; }

    journey::JourneyStore& m_journeys;
    const Database& m_database;
    QVBoxLayout* m_body = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_refusal = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_typed = false;
    bool m_asking = false;
};

} // namespace kith::ui
