#pragma once

#include "genogram/editing/genogram_document.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace kith::ui {

// The side panel: the details of the chosen person or line, edited in place. Every change
// is an undoable command and is saved as it is made.
class GenogramDetailsPanel : public QWidget {
    Q_OBJECT

public:
    explicit GenogramDetailsPanel(genogram::GenogramDocument* document, QWidget* parent = nullptr);

    // Shows a person (kind Person), a line, or nothing (empty id).
    void showRecord(genogram::RecordKind kind, const QString& id);
    // Where a person is drawn now, so "keep where I put them" pins them there.
    void setPositionSource(std::function<QPointF(const QString&)> positionOf) {
        m_positionOf = std::move(positionOf);
    }

private:
    QWidget* buildPersonForm();
    QWidget* buildLineForm();
    void refresh();
    void changePerson(int field, const std::function<void(genogram::Person&)>& change);
    void changeLine(const std::function<void(QVariant&)>& change);

    genogram::GenogramDocument* m_document;
    genogram::RecordKind m_kind = genogram::RecordKind::Person;
    QString m_id;
    bool m_loading = false;
    std::function<QPointF(const QString&)> m_positionOf;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_nothing = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_linked = nullptr;
    QComboBox* m_sex = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QCheckBox* m_deceased = nullptr;
    QSpinBox* m_deathYear = nullptr;
    QCheckBox* m_index = nullptr;
    QComboBox* m_pregnancy = nullptr;
    QCheckBox* m_household = nullptr;
    QCheckBox* m_pinned = nullptr;
    QLineEdit* m_note = nullptr;

    QLabel* m_lineTitle = nullptr;
    QComboBox* m_lineKind = nullptr;
    QSpinBox* m_startYear = nullptr;
    QSpinBox* m_endYear = nullptr;
};

} // namespace kith::ui
