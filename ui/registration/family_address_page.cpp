#include "family_address_page.h"

#include "registration_form.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kith::ui {

bool hasProblemsUnder(const RegistrationForm& form, const QStringList& prefixes) {
    for (const auto& problem : form.check().problems) {
        for (const QString& prefix : prefixes) {
            if (problem.field.startsWith(prefix))
                return true;
        }
    }
    return false;
}

FamilyAddressPage::FamilyAddressPage(RegistrationForm& form, QWidget* parent)
    : QWizardPage(parent)
    , m_form(form)
    , m_familyName(new QLineEdit(this))
    , m_line1(new QLineEdit(this))
    , m_line2(new QLineEdit(this))
    , m_town(new QLineEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_movedIn(new QLineEdit(this)) {
    setObjectName(QStringLiteral("familyAddressPage"));
    setTitle(tr("The family and their address"));
    setSubTitle(tr("Where the family lives now. Leave the address empty if they have no fixed "
                   "address."));
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_familyName->setPlaceholderText(tr("e.g. Khan family (made from the surname if empty)"));
    m_line1->setObjectName(QStringLiteral("addressLine1"));
    m_line2->setObjectName(QStringLiteral("addressLine2"));
    m_town->setObjectName(QStringLiteral("town"));
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_postcode->setPlaceholderText(tr("e.g. TQ1 4AB"));
    m_movedIn->setObjectName(QStringLiteral("movedIn"));
    m_movedIn->setPlaceholderText(tr("dd/mm/yyyy (optional)"));

    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_messages.add(layout, tr("Family &known as"), m_familyName, QStringLiteral("family_name"));
    m_messages.add(layout, tr("Address &line 1"), m_line1, QStringLiteral("addresses[0].line1"));
    m_messages.add(layout, tr("Line &2"), m_line2, QStringLiteral("addresses[0].line2"));
    m_messages.add(layout, tr("&Town"), m_town, QStringLiteral("addresses[0].town"));
    m_messages.add(layout, tr("&Postcode"), m_postcode, QStringLiteral("addresses[0].postcode"));
    m_messages.add(layout, tr("&Moved in"), m_movedIn, QStringLiteral("addresses[0].from_date"));

    for (QLineEdit* edit : {m_familyName, m_line1, m_line2, m_town, m_postcode, m_movedIn})
        connect(edit, &QLineEdit::textEdited, this, &FamilyAddressPage::store);
    connect(&m_form, &RegistrationForm::changed, this, [this] { m_messages.refresh(m_form); });
}

void FamilyAddressPage::initializePage() {
    const auto& doc = m_form.document();
    m_familyName->setText(doc.familyName);
    const auto address = doc.addresses.value(0);
    m_line1->setText(address.line1);
    m_line2->setText(address.line2);
    m_town->setText(address.town);
    m_postcode->setText(address.postcode);
    m_movedIn->setText(address.fromDate);
}

void FamilyAddressPage::store() {
    auto& doc = m_form.document();
    doc.familyName = m_familyName->text();
    registration::AddressEntry address = doc.addresses.value(0);
    address.line1 = m_line1->text();
    address.line2 = m_line2->text();
    address.town = m_town->text();
    address.postcode = m_postcode->text();
    address.fromDate = m_movedIn->text();
    const bool empty = address.line1.isEmpty() && address.line2.isEmpty() &&
                       address.town.isEmpty() && address.postcode.isEmpty() &&
                       address.fromDate.isEmpty();
    if (doc.addresses.isEmpty() && !empty)
        doc.addresses.append(address);
    else if (!doc.addresses.isEmpty() && empty && doc.addresses.size() == 1)
        doc.addresses.clear();
    else if (!doc.addresses.isEmpty())
        doc.addresses[0] = address;
    m_form.edited();
}

bool FamilyAddressPage::validatePage() {
    // The family's name is made from the people when empty, so it is checked at the end.
    if (!hasProblemsUnder(m_form, {QStringLiteral("addresses")}))
        return true;
    m_messages.touchAll();
    m_messages.refresh(m_form);
    if (QWidget* first = m_messages.firstProblem(m_form))
        first->setFocus(Qt::OtherFocusReason);
    return false;
}

} // namespace kith::ui
