#include "record_dialog.h"

#include "due/due_report.h"
#include "due/due_settings.h"
#include "journey/journey_store.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

// Dark red: readable on a light window, and never the only sign (the words say it).
QLabel* errorLine(QWidget* parent) {
    auto* line = new QLabel(parent);
    line->setWordWrap(true);
    QPalette palette = line->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    line->setPalette(palette);
    line->setVisible(false);
    return line;
}

} // namespace

RecordDialog::RecordDialog(journey::JourneyStore& journeys, const Database& database,
                           QWidget* parent)
    : QDialog(parent)
    , m_journeys(journeys)
    , m_database(database) {
    m_body = new QVBoxLayout(this);
    m_refusal = errorLine(this);
    m_refusal->setObjectName(QStringLiteral("recordRefusal"));
    m_body->addWidget(m_refusal);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_body->addLayout(m_form);
    // Enter inside a text box starts a new line; Ctrl+Enter saves from anywhere.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &RecordDialog::accept);
    }
}

void RecordDialog::finish(const QString& saveText) {
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("recordSave"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    m_buttons->button(QDialogButtonBox::Save)->setText(saveText);
    m_body->addWidget(m_buttons);
}

QString RecordDialog::refusal() const {
    return !m_refusal->isHidden() ? m_refusal->text() : QString();
}

QDateTime RecordDialog::nowUtc() const {
    return m_database.clock().nowUtc();
}

QString RecordDialog::currentProfessional() const {
    return due::DueSettings::currentProfessionalId(m_database);
}

QLabel* RecordDialog::addField(const QString& label, QWidget* field, const QString& objectName) {
    field->setObjectName(objectName);
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel* line = errorLine(column);
    line->setObjectName(objectName + QStringLiteral("Error"));
    layout->addWidget(line);
    auto* name = new QLabel(label, this);
    name->setBuddy(field);
    m_form->addRow(name, column);
    QString accessible = label;
    accessible.remove(u'&');
    if (accessible.endsWith(u':'))
        accessible.chop(1);
    field->setAccessibleName(accessible);
    return line;
}

void RecordDialog::showError(QLabel* line, const QString& message) {
    line->setText(message);
    line->setVisible(!message.isEmpty());
}

void RecordDialog::watch(QWidget* widget) {
    QList<QWidget*> widgets = widget->findChildren<QWidget*>();
    widgets.prepend(widget);
    for (QWidget* child : std::as_const(widgets)) {
        if (auto* line = qobject_cast<QLineEdit*>(child)) {
            // The line edit inside a date or combo box is watched through its owner.
            if (!qobject_cast<QDateTimeEdit*>(line->parentWidget()) &&
                !qobject_cast<QComboBox*>(line->parentWidget()))
                connect(line, &QLineEdit::textEdited, this, &RecordDialog::markTyped);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(child)) {
            connect(text, &QPlainTextEdit::textChanged, this, &RecordDialog::markTyped);
            text->installEventFilter(this);
        } else if (auto* chooser = qobject_cast<QComboBox*>(child)) {
            connect(chooser, &QComboBox::activated, this, &RecordDialog::markTyped);
        } else if (auto* moment = qobject_cast<QDateTimeEdit*>(child)) {
            connect(moment, &QDateTimeEdit::dateTimeChanged, this, &RecordDialog::markTyped);
        } else if (auto* button = qobject_cast<QAbstractButton*>(child)) {
            if (qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button))
                connect(button, &QAbstractButton::clicked, this, &RecordDialog::markTyped);
        }
    }
}

QDateTimeEdit* RecordDialog::makeMomentEdit(const QString& objectName) {
    const QDateTime now = nowUtc().toLocalTime();
    auto* edit = new QDateTimeEdit(now, this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    edit->setMaximumDateTime(now);
    return edit;
}

bool RecordDialog::checkMoment(QDateTimeEdit* edit, QLabel* line, const QString& what) {
    const QDateTime moment = edit->dateTime();
    if (!moment.isValid()) {
        showError(line, tr("Give %1.").arg(what));
        return false;
    }
    if (moment.toUTC() > nowUtc()) {
        showError(line, tr("That is in the future: give when it happened."));
        return false;
    }
    showError(line, {});
    return true;
}

QComboBox* RecordDialog::makeProfessionalChooser(const QString& objectName,
                                                 const QString& selected) {
    auto* chooser = new QComboBox(this);
    chooser->setObjectName(objectName);
    chooser->addItem(tr("Choose…"), QString());
    for (const due::ProfessionalInfo& person : due::DueReports::professionals(m_database)) {
        const QString text = person.jobTitle.isEmpty()
                                 ? person.name
                                 : tr("%1, %2").arg(person.name, person.jobTitle);
        chooser->addItem(text, person.id);
    }
    const int index = selected.isEmpty() ? -1 : chooser->findData(selected);
    chooser->setCurrentIndex(index > 0 ? index : 0);
    return chooser;
}

bool RecordDialog::checkChosen(QComboBox* chooser, QLabel* line, const QString& message) {
    const bool chosen = !chooser->currentData().toString().isEmpty();
    showError(line, chosen ? QString() : message);
    return chosen;
}

bool RecordDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RecordDialog::accept() {
    const std::optional<QString> refused = save();
    if (!refused) {
        // Put the keyboard on the first field that is wrong.
        const QList<QLabel*> lines = findChildren<QLabel*>();
        for (QLabel* line : lines) {
            if (line != m_refusal && line->objectName().endsWith(QStringLiteral("Error")) &&
                !line->isHidden()) {
                if (QWidget* owner = line->parentWidget()) {
                    if (auto* field = owner->findChild<QWidget*>(line->objectName().chopped(5),
                                                                 Qt::FindDirectChildrenOnly))
                        field->setFocus(Qt::OtherFocusReason);
                }
                break;
            }
        }
        return;
    }
    if (!refused->isEmpty()) {
        showError(m_refusal, *refused);
        return;
    }
    m_typed = false;
    QDialog::accept();
}

void RecordDialog::reject() {
    if (m_typed && !m_asking) {
        m_asking = true;
        QMessageBox ask(QMessageBox::Question, windowTitle(), tr("Discard what you typed?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("discardQuestion"));
        ask.setInformativeText(tr("Nothing here has been saved yet."));
        ask.button(QMessageBox::Discard)->setText(tr("&Discard"));
        ask.button(QMessageBox::Cancel)->setText(tr("&Keep typing"));
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.setEscapeButton(QMessageBox::Cancel);
        const int answer = ask.exec();
        m_asking = false;
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace kith::ui
