#pragma once

#include "assessment/assessment_history.h"
#include "assessment/assessment_model.h"
#include "util/result.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace kith::ui {

// Asks for comments (signing off, returning with comments) and hands them to `act`. A
// refusal is shown in the dialog and what was typed stays.
class CommentsDialog : public QDialog {
    Q_OBJECT

public:
    using Act = std::function<Status(const QString& comments)>;
    CommentsDialog(const QString& title, const QString& prompt, const QString& actText, Act act,
                   QWidget* parent = nullptr);

private:
    Act m_act;
    QPlainTextEdit* m_comments = nullptr;
    QLabel* m_error = nullptr;
};

// Records what the family says about the assessment: agree, partly or disagree, who said
// it, and their own words.
class AgreementDialog : public QDialog {
    Q_OBJECT

public:
    using Act = std::function<Status(assessment::Agreement, const QString& comments,
                                     const QString& personId)>;
    AgreementDialog(const QHash<QString, QString>& people, Act act, QWidget* parent = nullptr);

private:
    Act m_act;
    QButtonGroup* m_choice = nullptr;
    QComboBox* m_person = nullptr;
    QPlainTextEdit* m_comments = nullptr;
    QLabel* m_error = nullptr;
};

// Each signed-off version against the one before, and the draft against the last
// signed-off version: question, before, after.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    HistoryDialog(const QList<assessment::VersionChanges>& history,
                  const QList<assessment::FrozenVersion>& versions, QWidget* parent = nullptr);
};

} // namespace kith::ui
