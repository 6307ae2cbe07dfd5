#pragma once

#include "plan/smart_check.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace kith::ui {

// The SMART check beside the plan: each finding in words that help, with the action it is
// about; choosing one takes the chair to that action and the field to fix.
class SmartPanel : public QWidget {
    Q_OBJECT

public:
    explicit SmartPanel(QWidget* parent = nullptr);

    void showFindings(const plan::Plan& plan, const QList<plan::SmartFinding>& findings);
    void clear();
    QListWidget* list() const { return m_list; }

signals:
    void findingChosen(const QString& actionId, const QString& code);

private:
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace kith::ui
