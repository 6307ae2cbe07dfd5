#include "check_page.h"

#include "model/family.h"
#include "registration_form.h"

#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kith::ui {

CheckPage::CheckPage(RegistrationForm& form, QWidget* parent)
    : QWizardPage(parent)
    , m_form(form)
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_problemsTitle(new QLabel(tr("<b>To put right before registering:</b>"), this)) {
    setObjectName(QStringLiteral("checkPage"));
    setTitle(tr("Check and register"));
    setSubTitle(tr("Read this back to the family. Press Enter to register them."));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems, 1);
    connect(&m_form, &RegistrationForm::changed, this, &CheckPage::refresh);
}

void CheckPage::initializePage() {
    refresh();
}

void CheckPage::refresh() {
    const auto& record = m_form.check().record;
    QStringList lines;
    lines.append(record.family.name);
    if (const auto address = record.currentAddress())
        lines.append(QStringList{address->line1, address->line2, address->town, address->postcode}
                         .filter(QRegularExpression(QStringLiteral("\\S")))
                         .join(QStringLiteral(", ")));
    for (const Person& person : record.people) {
        QString line = QStringLiteral("\u2022 ") + record.displayNameOf(person);
        if (person.dateOfBirth.isValid())
            line += tr(", born %1").arg(person.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
        if (person.unborn && person.expectedDeliveryDate.isValid())
            line += tr(", due %1")
                        .arg(person.expectedDeliveryDate.toString(QStringLiteral("dd/MM/yyyy")));
        if (!person.relationshipToFamily.isEmpty())
            line += QStringLiteral(" (%1)").arg(person.relationshipToFamily);
        lines.append(line);
    }
    for (const ContactDetail& contact : record.contacts)
        lines.append(QStringLiteral("\u2022 ") + contact.value);
    m_summary->setText(lines.join(u'\n'));

    m_problems->clear();
    for (const auto& problem : m_form.check().problems)
        m_problems->addItem(problem.message);
    if (m_decisionPending)
        m_problems->addItem(tr("This family may already be known. On the people step, choose "
                               "\"This is a different family\" or add them to the family "
                               "already known."));
    if (!m_form.storeError().isEmpty())
        m_problems->addItem(m_form.storeError());
    const bool any = m_problems->count() > 0;
    m_problemsTitle->setVisible(any);
    m_problems->setVisible(any);
}

bool CheckPage::validatePage() {
    refresh();
    if (!m_form.check().isValid() || m_decisionPending)
        return false;
    m_familyId = m_form.registerFamily();
    refresh();
    return !m_familyId.isEmpty();
}

} // namespace kith::ui
