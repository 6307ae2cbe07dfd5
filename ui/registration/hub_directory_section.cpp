#include "registration/hub_directory_section.h"

#include "matching/match_evidence.h"

#include <QFrame>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith {
namespace {

bool sameLookup(const sync::DirectoryLookup& a, const sync::DirectoryLookup& b) {
    return a.givenName == b.givenName && a.familyName == b.familyName &&
           a.dateOfBirth == b.dateOfBirth && a.postcode == b.postcode && a.nhsNumber == b.nhsNumber;
}

QString leadLine(const sync::DirectoryMatch& match) {
    if (!match.lead)
        return HubDirectorySection::tr("No lead professional named yet");
    QStringList parts;
    for (const QString& part : {match.lead->name, match.lead->agency, match.lead->phone}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return HubDirectorySection::tr("Lead professional: %1").arg(parts.join(QStringLiteral(", ")));
}

QString failureText(sync::SyncProblem problem) {
    switch (problem) {
    case sync::SyncProblem::ServerUnreachable:
        return HubDirectorySection::tr(
            "The hub could not be asked (no connection). Check again when online.");
    case sync::SyncProblem::SignInAgain:
    case sync::SyncProblem::BadCredentials:
        return HubDirectorySection::tr("Sync once to sign in, then the hub can be asked.");
    default:
        return HubDirectorySection::tr("The hub could not answer just now. Check again later.");
    }
}

} // namespace

HubDirectorySection::HubDirectorySection(HeldHere heldHere, QWidget* parent)
    : QWidget(parent)
    , m_heldHere(std::move(heldHere))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_again(new QPushButton(tr("Chec&k again"), this)) {
    setObjectName(QStringLiteral("hubDirectory"));
    setAccessibleName(tr("Known to the hub?"));
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_heading->setObjectName(QStringLiteral("hubHeading"));
    m_details->setObjectName(QStringLiteral("hubDetails"));
    m_advice->setObjectName(QStringLiteral("hubAdvice"));
    for (QLabel* label : {m_heading, m_details, m_advice}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_again->setObjectName(QStringLiteral("hubCheckAgain"));
    m_again->setToolTip(tr("Ask the hub again about the same details."));
    connect(m_again, &QPushButton::clicked, this, &HubDirectorySection::askAgain);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(line);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_advice);
    layout->addWidget(m_again, 0, Qt::AlignRight);
    showNotEnough();
    setVisible(false); // until there is a way to ask
}

void HubDirectorySection::setAsker(AskHub ask) {
    m_ask = std::move(ask);
    setVisible(static_cast<bool>(m_ask));
}

std::optional<sync::DirectoryLookup>
HubDirectorySection::lookupFor(const match::MatchQuery& query) {
    // The directory matches every detail sent exactly, so only the details of the rule that
    // identifies the person are sent: the postcode is left out beside a date of birth
    // because a family that moved would not be found by its new one.
    if (const QString nhs = match::nhsDigits(query.nhsNumber); match::isValidNhsNumber(nhs))
        return sync::DirectoryLookup{{}, {}, {}, {}, nhs};
    const QString given = query.givenName.simplified();
    const QString family = query.familyName.simplified();
    if (!family.isEmpty() && query.dateOfBirth.isValid())
        return sync::DirectoryLookup{
            given, family, query.dateOfBirth.toString(Qt::ISODate), {}, {}};
    const QString postcode = query.postcode.simplified();
    if (!given.isEmpty() && !family.isEmpty() && !postcode.isEmpty())
        return sync::DirectoryLookup{given, family, {}, postcode, {}};
    return std::nullopt;
}

void HubDirectorySection::setQuery(const match::MatchQuery& query) {
    if (!m_ask)
        return;
    const std::optional<sync::DirectoryLookup> lookup = lookupFor(query);
    if (!lookup) {
        ++m_asking; // an answer still to come is about details no longer typed
        m_asked.reset();
        m_answer.reset();
        showNotEnough();
        return;
    }
    if (m_asked && sameLookup(*m_asked, *lookup))
        return; // asked already: the answer shown (or on its way) stands
    ask(*lookup);
}

void HubDirectorySection::askAgain() {
    if (m_ask && m_asked)
        ask(*m_asked);
}

void HubDirectorySection::ask(const sync::DirectoryLookup& lookup) {
    m_asked = lookup;
    m_answer.reset();
    const int asking = ++m_asking;
    display(State::Asking, tr("Asking the hub\u2026"), {});
    QPointer<HubDirectorySection> self(this);
    m_ask(lookup, [self, asking](const sync::HubDirectoryAnswer& answer) {
        if (self && asking == self->m_asking)
            self->showAnswer(answer);
    });
}

void HubDirectorySection::showAnswer(const sync::HubDirectoryAnswer& answer) {
    m_answer = answer;
    if (!answer.ok) {
        display(State::Failed, tr("Known to the hub?"), failureText(answer.failure.problem));
        return;
    }
    if (answer.matches.isEmpty()) {
        display(State::NotKnown, tr("Not known to the hub either"), {});
        return;
    }
    // Families on this laptop are on the local cards already: nothing more to say of them.
    QList<sync::DirectoryMatch> elsewhere;
    for (const sync::DirectoryMatch& match : answer.matches) {
        if (!m_heldHere || !m_heldHere(match.familyId))
            elsewhere.append(match);
    }
    if (elsewhere.isEmpty()) {
        display(State::OnlyHeldHere, tr("Known to the hub; the family is on this laptop."), {});
        return;
    }
    // Only the lead professional: the hub sends nothing about the family itself.
    QStringList lines;
    const bool several = elsewhere.size() > 1;
    for (qsizetype i = 0; i < elsewhere.size() && i < kMostShown; ++i)
        lines.append((several ? QStringLiteral("\u2022 ") : QString()) + leadLine(elsewhere.at(i)));
    if (elsewhere.size() > kMostShown)
        lines.append(
            tr("and %n more families", nullptr, static_cast<int>(elsewhere.size() - kMostShown)));
    // Advice only: unlike a likely local match, this does not hold up "Register". The clerk
    // cannot see the family to add to it, and the hub's match may be a different person.
    display(State::Known,
            several
                ? tr("Known to the hub: %n families", nullptr, static_cast<int>(elsewhere.size()))
                : tr("Known to the hub"),
            lines.join(u'\n'));
    m_advice->setText(several ? tr("Their records are not on this laptop. Ask their lead "
                                   "professionals before registering the family again.")
                              : tr("The family's records are not on this laptop. Ask the lead "
                                   "professional before registering the family again."));
    m_advice->setVisible(true);
}

void HubDirectorySection::showNotEnough() {
    display(State::NotEnough, tr("Known to the hub?"),
            tr("The hub is asked once there is an NHS number, a family name and date of "
               "birth, or a full name and postcode."));
}

void HubDirectorySection::display(State state, const QString& heading, const QString& details) {
    m_state = state;
    m_heading->setText(heading);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_advice->setVisible(false); // said only with a known family's lead professional
    m_again->setVisible(state == State::Failed);
}

} // namespace kith
