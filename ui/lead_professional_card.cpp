#include "lead_professional_card.h"

#include "display_format.h"

#include <QEvent>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

QLabel* makeLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(true);
    return label;
}

} // namespace

LeadProfessionalCard::LeadProfessionalCard(QWidget* parent)
    : QFrame(parent)
    , m_caption(makeLabel(this, QStringLiteral("leadCaption")))
    , m_name(makeLabel(this, QStringLiteral("leadName")))
    , m_role(makeLabel(this, QStringLiteral("leadRole")))
    , m_contact(makeLabel(this, QStringLiteral("leadContact")))
    , m_since(makeLabel(this, QStringLiteral("leadSince"))) {
    setObjectName(QStringLiteral("leadProfessionalCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_caption->setText(tr("Lead professional"));
    m_since->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    for (QLabel* label : {m_caption, m_name, m_role, m_contact, m_since})
        layout->addWidget(label);
    applyFonts();
    showLead(std::nullopt);
}

void LeadProfessionalCard::showLead(const std::optional<LeadProfessionalContact>& lead) {
    if (!lead) {
        m_name->setText(tr("Not named yet"));
        m_role->setText(tr("Nobody has been agreed as lead professional for this family."));
        m_contact->clear();
        m_since->clear();
        m_contact->hide();
        m_since->hide();
        return;
    }
    const Professional& professional = lead->professional;
    m_name->setText(professional.name);
    QStringList role;
    if (!professional.jobTitle.isEmpty())
        role.append(professional.jobTitle);
    if (lead->agency)
        role.append(lead->agency->name);
    m_role->setText(role.join(QStringLiteral(", ")));

    // The professional's own number first, the service's when they have none.
    const QString phone = !professional.phone.isEmpty() ? professional.phone
                          : lead->agency                ? lead->agency->phone
                                                        : QString();
    const QString email = !professional.email.isEmpty() ? professional.email
                          : lead->agency                ? lead->agency->email
                                                        : QString();
    QStringList contact;
    if (!phone.isEmpty())
        contact.append(tr("Phone: %1").arg(phone.toHtmlEscaped()));
    if (!email.isEmpty()) {
        contact.append(tr("Email: <a href=\"mailto:%1\">%1</a>").arg(email.toHtmlEscaped()));
    }
    m_contact->setText(contact.isEmpty() ? tr("No phone or email recorded")
                                         : contact.join(QStringLiteral("<br>")));
    m_contact->setTextFormat(Qt::RichText);
    m_contact->show();

    const LeadProfessionalAssignment& assignment = lead->assignment;
    m_since->setText(
        assignment.agreedWithFamily
            ? tr("Since %1, agreed with the family").arg(DisplayFormat::date(assignment.startedOn))
            : tr("Since %1").arg(DisplayFormat::date(assignment.startedOn)));
    m_since->show();
}

QString LeadProfessionalCard::summaryText() const {
    QStringList parts;
    for (const QLabel* label : {m_name, m_role, m_contact, m_since}) {
        if (!label->isHidden() && !label->text().isEmpty())
            parts.append(label->text());
    }
    return parts.join(QStringLiteral(" | "));
}

void LeadProfessionalCard::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void LeadProfessionalCard::applyFonts() {
    // Sizes follow the window's font, so zooming for a projector scales the card too.
    const QFont base = font();
    QFont caption = base;
    caption.setBold(true);
    m_caption->setFont(caption);
    QFont name = base;
    if (base.pointSizeF() > 0)
        name.setPointSizeF(base.pointSizeF() * 1.35);
    else
        name.setPixelSize(base.pixelSize() * 4 / 3);
    name.setBold(true);
    m_name->setFont(name);
    // Room for a long email address on one line, at any zoom.
    const int characters = fontMetrics().averageCharWidth();
    setMinimumWidth(characters * 34);
    setMaximumWidth(characters * 60);
}

} // namespace kith::ui
