#include "contact_page.h"

#include "registration/registration_codes.h"
#include "registration_form.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace kith::ui {

ContactPage::ContactPage(RegistrationForm& form, QWidget* parent)
    : QWizardPage(parent)
    , m_form(form) {
    setObjectName(QStringLiteral("contactPage"));
    setTitle(tr("How to contact the family"));
    setSubTitle(tr("Phone numbers and email addresses, and whose each one is. Leave a line "
                   "empty if it is not needed."));
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString& caption, bool phone, int index) {
        auto* line = new QWidget(this);
        auto* row = new QHBoxLayout(line);
        row->setContentsMargins(0, 0, 0, 0);
        Row entry{new QLineEdit(line), nullptr, new QComboBox(line)};
        entry.value->setObjectName(
            QStringLiteral("%1%2")
                .arg(phone ? QStringLiteral("phone") : QStringLiteral("email"))
                .arg(index + 1));
        entry.member->setObjectName(entry.value->objectName() + QStringLiteral("Whose"));
        entry.member->setAccessibleName(tr("Whose"));
        line->setFocusProxy(entry.value); // the caption's mnemonic goes to the number
        row->addWidget(entry.value, 3);
        if (phone) {
            entry.label = new QComboBox(line);
            entry.label->setObjectName(entry.value->objectName() + QStringLiteral("Kind"));
            entry.label->setAccessibleName(tr("Kind of number"));
            for (const auto& kind : registration::phoneLabels())
                entry.label->addItem(kind.label, kind.code);
            row->addWidget(entry.label, 1);
            entry.value->setPlaceholderText(tr("e.g. 07700 900123"));
        } else {
            entry.value->setPlaceholderText(tr("e.g. name@example.org"));
        }
        row->addWidget(entry.member, 2);
        m_messages.add(layout, caption, line, {});
        (phone ? m_phones : m_emails).append(entry);
        connect(entry.value, &QLineEdit::textEdited, this, &ContactPage::store);
        connect(entry.value, &QLineEdit::editingFinished, this, [this, line] {
            m_messages.touch(line);
            m_messages.refresh(m_form);
        });
        if (entry.label)
            connect(entry.label, &QComboBox::currentIndexChanged, this, &ContactPage::store);
        connect(entry.member, &QComboBox::currentIndexChanged, this, &ContactPage::store);
    };
    addRow(tr("Phone &1"), true, 0);
    addRow(tr("Phone &2"), true, 1);
    addRow(tr("Phone &3"), true, 2);
    addRow(tr("&Email"), false, 0);
    addRow(tr("Second e&mail"), false, 1);
    connect(&m_form, &RegistrationForm::changed, this, [this] { m_messages.refresh(m_form); });
}

void ContactPage::fillMembers(QComboBox* combo, const QString& key) {
    const auto& doc = m_form.document();
    combo->clear();
    combo->addItem(tr("The household"), QString());
    for (int i = 0; i < doc.members.size(); ++i) {
        const auto& member = doc.members.at(i);
        if (!member.unborn && !member.givenName.isEmpty())
            combo->addItem(member.givenName, doc.keyOf(i));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(key)));
}

void ContactPage::initializePage() {
    m_loading = true;
    const auto& doc = m_form.document();
    for (int i = 0; i < m_phones.size(); ++i) {
        const auto phone = doc.phones.value(i);
        m_phones[i].value->setText(phone.number);
        m_phones[i].label->setCurrentIndex(std::max(0, m_phones[i].label->findData(phone.label)));
        fillMembers(m_phones[i].member, phone.member);
    }
    for (int i = 0; i < m_emails.size(); ++i) {
        const auto email = doc.emails.value(i);
        m_emails[i].value->setText(email.address);
        fillMembers(m_emails[i].member, email.member);
    }
    m_loading = false;
}

void ContactPage::store() {
    if (m_loading)
        return;
    auto& doc = m_form.document();
    // Only filled-in lines become entries; each line's messages follow its entry.
    doc.phones.clear();
    for (const Row& row : std::as_const(m_phones)) {
        const QString path = QStringLiteral("phones[%1].number").arg(doc.phones.size());
        m_messages.setPath(row.value->parentWidget(),
                           row.value->text().trimmed().isEmpty() ? QString() : path);
        if (row.value->text().trimmed().isEmpty())
            continue;
        doc.phones.append({row.value->text(), row.label->currentData().toString(),
                           row.member->currentData().toString(), doc.phones.isEmpty()});
    }
    doc.emails.clear();
    for (const Row& row : std::as_const(m_emails)) {
        const QString path = QStringLiteral("emails[%1].address").arg(doc.emails.size());
        m_messages.setPath(row.value->parentWidget(),
                           row.value->text().trimmed().isEmpty() ? QString() : path);
        if (row.value->text().trimmed().isEmpty())
            continue;
        doc.emails.append({row.value->text(), QStringLiteral("personal"),
                           row.member->currentData().toString(), false});
    }
    m_form.edited();
}

bool ContactPage::validatePage() {
    store();
    const auto& problems = m_form.check().problems;
    const bool clean = std::none_of(problems.cbegin(), problems.cend(), [](const auto& p) {
        return p.field.startsWith(QLatin1String("phones")) ||
               p.field.startsWith(QLatin1String("emails"));
    });
    if (clean)
        return true;
    m_messages.touchAll();
    m_messages.refresh(m_form);
    if (QWidget* first = m_messages.firstProblem(m_form))
        first->findChild<QLineEdit*>()->setFocus(Qt::OtherFocusReason);
    return false;
}

} // namespace kith::ui
